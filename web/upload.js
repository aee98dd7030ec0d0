/*
 * The upload page: no build step, no dependencies. ThumbnailerUpload.mount(element, config) with
 *   config.apiUrl    the API's /uploads URL (default "/uploads", same origin)
 *   config.token     the user's bearer token: a string, or a function returning one (or a Promise of one)
 *   config.maxBytes  the deployment's MAX_SOURCE_BYTES (default 50 MiB), checked before asking for a URL
 *   config.album     optional default album
 * Flow per file: check type/extension/size, POST /uploads for a presigned PUT, PUT it with XHR (for
 * progress), then poll GET /uploads?key= until the thumbnail function has made it "ready" or "rejected".
 */
(function () {
  "use strict";

  var TYPES = { "image/jpeg": ["jpg", "jpeg"], "image/png": ["png"], "image/gif": ["gif"] };
  var RETRIES = 3;
  var POLL_MS = 700;
  var POLL_LIMIT_MS = 120000;

  function mount(root, config) {
    config = config || {};
    var api = config.apiUrl || "/uploads";
    var maxBytes = config.maxBytes || 50 * 1024 * 1024;
    root.innerHTML = "";
    var form = el("div", "tu-form");
    var drop = el("label", "tu-drop");
    var input = el("input");
    input.type = "file";
    input.multiple = true;
    input.accept = Object.keys(TYPES).join(",");
    input.setAttribute("data-role", "file-input");
    drop.appendChild(input);
    drop.appendChild(text("span", "Choose images or drop them here (JPEG, PNG, GIF)"));
    var albumLabel = el("label", "tu-album");
    albumLabel.appendChild(text("span", "Album (optional)"));
    var album = el("input");
    album.type = "text";
    album.value = config.album || "";
    album.setAttribute("data-role", "album");
    albumLabel.appendChild(album);
    form.appendChild(drop);
    form.appendChild(albumLabel);
    var list = el("ul", "tu-list");
    list.setAttribute("aria-label", "Uploads");
    root.appendChild(form);
    root.appendChild(list);

    input.addEventListener("change", function () {
      add(input.files);
      input.value = "";
    });
    ["dragenter", "dragover"].forEach(function (name) {
      drop.addEventListener(name, function (e) { e.preventDefault(); drop.classList.add("tu-over"); });
    });
    ["dragleave", "drop"].forEach(function (name) {
      drop.addEventListener(name, function () { drop.classList.remove("tu-over"); });
    });
    drop.addEventListener("drop", function (e) { e.preventDefault(); add(e.dataTransfer.files); });

    function add(files) {
      Array.prototype.forEach.call(files, function (file) { new Upload(file, album.value.trim()).start(); });
    }

    /* One list item per upload; its data-state is what tests and styles read. */
    function Upload(file, albumName) {
      this.file = file;
      this.album = albumName;
      this.item = el("li", "tu-item");
      var head = el("div", "tu-head");
      this.name = text("span", file ? file.name : "", "tu-name");
      this.actions = el("div", "tu-actions");
      head.appendChild(this.name);
      head.appendChild(this.actions);
      this.status = text("p", "", "tu-status");
      this.status.setAttribute("role", "status");
      this.progress = el("progress");
      this.progress.max = 100;
      this.progress.hidden = true;
      this.thumbs = el("div", "tu-thumbs");
      [head, this.status, this.progress, this.thumbs].forEach(function (c) { this.item.appendChild(c); }, this);
      list.insertBefore(this.item, list.firstChild);
    }

    Upload.prototype.state = function (state, message) {
      this.item.setAttribute("data-state", state);
      this.status.textContent = message;
    };

    Upload.prototype.buttons = function (names) {
      var self = this;
      this.actions.innerHTML = "";
      names.forEach(function (name) {
        var label = { retry: "Retry", again: "Upload again", remove: "Delete", dismiss: "Dismiss" }[name];
        var b = text("button", label);
        b.type = "button";
        b.setAttribute("data-action", name);
        b.setAttribute("aria-label", label + " " + self.name.textContent);
        b.addEventListener("click", function () { self[name](); });
        self.actions.appendChild(b);
      });
    };

    Upload.prototype.start = function () {
      var problem = check(this.file, maxBytes);
      this.thumbs.innerHTML = "";
      if (problem) {
        this.state("invalid", problem);
        this.buttons(["dismiss"]);
        return;
      }
      var self = this;
      this.buttons([]);
      this.state("signing", "Preparing upload…");
      var body = { filename: this.file.name, contentType: this.file.type, size: this.file.size };
      if (this.album) body.album = this.album;
      retrying(function () { return call("POST", api, body); })
        .then(function (signed) {
          self.key = signed.key;
          self.item.setAttribute("data-key", signed.key);
          return retrying(function () { return self.put(signed); });
        })
        .then(function () { return self.poll(Date.now()); })
        .catch(function (error) { self.fail(error); });
    };

    Upload.prototype.put = function (signed) {
      var self = this;
      this.state("uploading", "Uploading… 0%");
      this.progress.hidden = false;
      this.progress.value = 0;
      return new Promise(function (resolve, reject) {
        var xhr = new XMLHttpRequest();
        xhr.open(signed.method, signed.url);
        Object.keys(signed.headers || {}).forEach(function (name) { xhr.setRequestHeader(name, signed.headers[name]); });
        xhr.upload.onprogress = function (e) {
          if (e.lengthComputable) {
            var percent = Math.round(100 * e.loaded / e.total);
            self.progress.value = percent;
            self.status.textContent = "Uploading… " + percent + "%";
          }
        };
        xhr.onload = function () {
          if (xhr.status >= 200 && xhr.status < 300) { self.progress.hidden = true; resolve(); }
          else reject(httpError(xhr.status, xhr.status === 403 ? "the upload link was refused or has expired" : "upload failed"));
        };
        xhr.onerror = function () { reject(networkError()); };
        xhr.send(self.file);
      });
    };

    Upload.prototype.poll = function (since) {
      var self = this;
      this.state("processing", "Processing…");
      return retrying(function () { return call("GET", api + "?key=" + encodeURIComponent(self.key)); }).then(function (status) {
        if (status.state === "ready") return self.ready(status);
        if (status.state === "rejected") return self.rejected(status);
        if (Date.now() - since > POLL_LIMIT_MS) throw new Error("still processing after " + POLL_LIMIT_MS / 1000 + " s");
        return wait(POLL_MS).then(function () { return self.poll(since); });
      });
    };

    Upload.prototype.ready = function (status) {
      var self = this;
      this.state("ready", "Ready");
      this.thumbs.innerHTML = "";
      Object.keys(status.thumbnails).forEach(function (size) {
        var t = status.thumbnails[size];
        var figure = el("figure");
        var img = el("img");
        img.src = t.url;
        img.alt = self.name.textContent + ", " + size + " thumbnail";
        img.setAttribute("data-size", size);
        if (t.width) { img.width = t.width; img.height = t.height; }
        figure.appendChild(img);
        figure.appendChild(text("figcaption", size + (t.width ? " · " + t.width + "×" + t.height : "")));
        self.thumbs.appendChild(figure);
      });
      this.buttons(["again", "remove"]);
    };

    Upload.prototype.rejected = function (status) {
      this.state("rejected", "Rejected: " + (status.reason || "the file could not be made into thumbnails"));
      this.buttons(["again", "remove"]);
    };

    Upload.prototype.fail = function (error) {
      this.progress.hidden = true;
      this.state("error", error.message || String(error));
      this.buttons(this.key ? ["retry", "remove"] : ["retry", "dismiss"]);
    };

    Upload.prototype.retry = function () {
      this.start();
    };

    Upload.prototype.again = function () {
      var self = this;
      var pick = el("input");
      pick.type = "file";
      pick.accept = input.accept;
      pick.addEventListener("change", function () {
        if (pick.files.length) {
          self.file = pick.files[0];
          self.name.textContent = self.file.name;
          self.start();
        }
      });
      pick.click();
    };

    Upload.prototype.remove = function () {
      var self = this;
      if (!this.key) return this.dismiss();
      this.state("deleting", "Deleting…");
      retrying(function () { return call("DELETE", api + "?key=" + encodeURIComponent(self.key)); })
        .then(function () { self.dismiss(); }, function (error) {
          if (error.status === 404) self.dismiss(); else self.fail(error);
        });
    };

    Upload.prototype.dismiss = function () {
      var next = this.item.nextElementSibling || this.item.previousElementSibling;
      this.item.remove();
      if (next) { var b = next.querySelector("button"); if (b) b.focus(); } else { input.focus(); }
    };

    function call(method, url, body) {
      return token().then(function (value) {
        var headers = { "Accept": "application/json" };
        if (value) headers.Authorization = "Bearer " + value;
        if (body) headers["Content-Type"] = "application/json";
        return fetch(url, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined }).catch(function () {
          throw networkError();
        });
      }).then(function (response) {
        if (response.status === 204) return {};
        return response.json().catch(function () { return {}; }).then(function (json) {
          if (response.ok) return json;
          var detail = json.error || {};
          throw httpError(response.status, detail.message || "the server answered " + response.status);
        });
      });
    }

    function token() {
      var t = typeof config.token === "function" ? config.token() : config.token;
      return Promise.resolve(t);
    }
  }

  /* The API's rules, checked before anything is sent: the server checks them again. */
  function check(file, maxBytes) {
    var extensions = TYPES[file.type];
    var dot = file.name.lastIndexOf(".");
    var extension = dot < 0 ? "" : file.name.slice(dot + 1).toLowerCase();
    if (!extensions) return "Not uploaded: only JPEG, PNG and GIF images are accepted" + (file.type ? " (this is " + file.type + ")" : "");
    if (extensions.indexOf(extension) < 0) return "Not uploaded: a " + file.type + " file must be named ." + extensions.join(" or .");
    if (file.size === 0) return "Not uploaded: the file is empty";
    if (file.size > maxBytes) return "Not uploaded: the file is " + file.size + " bytes, above the limit of " + maxBytes;
    return null;
  }

  /* Network errors and 5xx are retried with backoff; refusals (4xx) are final. */
  function retrying(attempt, left, delay) {
    left = left === undefined ? RETRIES : left;
    delay = delay || 500;
    return attempt().catch(function (error) {
      if (left > 0 && (error.network || error.status >= 500)) {
        return wait(delay).then(function () { return retrying(attempt, left - 1, delay * 2); });
      }
      throw error;
    });
  }

  function httpError(status, message) {
    var e = new Error(message);
    e.status = status;
    return e;
  }

  function networkError() {
    var e = new Error("network error: check the connection and retry");
    e.network = true;
    return e;
  }

  function wait(ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
  }

  function el(tag, className) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    return node;
  }

  function text(tag, value, className) {
    var node = el(tag, className);
    node.textContent = value;
    return node;
  }

  window.ThumbnailerUpload = { mount: mount, check: check };
})();
