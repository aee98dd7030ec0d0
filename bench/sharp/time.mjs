// Times sharp doing our pipeline's work on one corpus file, for bench/run (SharpTimer starts it).
//
//   UV_THREADPOOL_SIZE=1 node --expose-gc time.mjs [--warmup 3] [--min-runs 7] [--max-runs 25] [--seconds 10]
//                                                  [--strategy raw|per-size] FILE
//   UV_THREADPOOL_SIZE=1 node --expose-gc time.mjs --serve [--strategy raw|per-size] FILE
//   node time.mjs --versions
//
// The work per call, from the file's bytes in memory to both default sizes in memory (the 512x512
// and 128x128 fit boxes, never enlarged, EXIF orientation applied, same format out, JPEG quality 85),
// in the fastest way sharp offers for the format:
// - JPEG and PNG, "raw": one shrink-on-load decode to the 512 box as raw pixels, then the 512
//   encoded from those pixels and the 128 resized from the same pixels.
// - GIF, "per-size": each size from the original. Raw pixels lose the GIF's palette, so both encodes
//   would quantise afresh (libimagequant), which took 4.4x the CPU time on the 1 MP GIF and 1.9x on
//   the animated one, against decoding twice and letting the GIF writer reuse the original's palette.
// GIFs are opened with {animated: true}: all frames are decoded as one tall image (pageHeight per
// frame), each frame resized, all re-encoded, keeping the frame delays and loop count, as ours does.
//
// The rounds follow WarmTimer's scheme: warm-up rounds, then at least --min-runs measured rounds and
// more until --seconds have passed (at most --max-runs); a full GC before each timed call.
// --serve hands the rounds to the caller instead (WarmTimer, so that sharp's calls alternate with
// ours): each line read from stdin, "warmup" or "measure", is one call, answered "DONE" when it is
// over; at the end of stdin the RESULT line follows, of the measured calls.
// Prints one line the harness parses (everything else on stdout or stderr is ignored there):
//   RESULT strategy=raw wall_ms=1.2,1.3,... cpu_ms=1.1,1.2,... bytes=N made=512x384,128x96 frames=1 rss_kib=N base_rss_kib=N
//   FAILED <reason>
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import sharp from 'sharp';

// One libvips worker (UV_THREADPOOL_SIZE=1 gives the one libuv thread sharp's calls run on), and no
// operation cache: every upload is a new file, so repeated calls on one buffer must not be served
// from it (a precaution: on the 12 MP JPEG it measured no different with the cache on).
sharp.concurrency(1);
sharp.cache(false);

const BOX_LARGE = 512;
const BOX_SMALL = 128;
const JPEG_QUALITY = 85;

function options(argv) {
  const o = { warmup: 3, minRuns: 7, maxRuns: 25, seconds: 10, strategy: null, file: null, versions: false, serve: false };
  const names = { '--warmup': 'warmup', '--min-runs': 'minRuns', '--max-runs': 'maxRuns', '--seconds': 'seconds' };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--versions') {
      o.versions = true;
    } else if (argv[i] === '--serve') {
      o.serve = true;
    } else if (argv[i] === '--strategy') {
      o.strategy = argv[++i];
    } else if (names[argv[i]]) {
      o[names[argv[i]]] = Number(argv[++i]);
    } else {
      o.file = argv[i];
    }
  }
  return o;
}

function encode(pipeline, format) {
  switch (format) {
    case 'jpeg': return pipeline.jpeg({ quality: JPEG_QUALITY });
    case 'png': return pipeline.png();
    case 'gif': return pipeline.gif();
    default: throw new Error(`unsupported format ${format}`);
  }
}

const fit = (pipeline, box) => pipeline.resize(box, box, { fit: 'inside', withoutEnlargement: true });

async function viaRaw(input, format, animated) {
  const { data, info } = await fit(sharp(input, { animated }).rotate(), BOX_LARGE).raw().toBuffer({ resolveWithObject: true });
  // `animated` again so the resize treats the raw pixels as pageHeight-tall frames, not one image.
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels, pageHeight: info.pageHeight }, animated };
  const large = await encode(sharp(data, raw), format).toBuffer({ resolveWithObject: true });
  const small = await encode(fit(sharp(data, raw), BOX_SMALL), format).toBuffer({ resolveWithObject: true });
  return [large, small];
}

async function perSize(input, format, animated) {
  const large = await encode(fit(sharp(input, { animated }).rotate(), BOX_LARGE), format).toBuffer({ resolveWithObject: true });
  const small = await encode(fit(sharp(input, { animated }).rotate(), BOX_SMALL), format).toBuffer({ resolveWithObject: true });
  return [large, small];
}

async function render(input, format, strategy) {
  const animated = format === 'gif';
  const outputs = await (strategy === 'raw' ? viaRaw : perSize)(input, format, animated);
  return {
    bytes: outputs.reduce((sum, o) => sum + o.data.length, 0),
    made: outputs.map(o => `${o.info.width}x${o.info.pageHeight ?? o.info.height}`).join(','),
    frames: outputs[0].info.pages ?? 1,
  };
}

/** One timed call: a full GC first, then wall and process CPU ms of the render (all threads). */
async function timed(input, format, strategy) {
  globalThis.gc?.();
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const out = await render(input, format, strategy);
  const used = process.cpuUsage(cpu0);
  return { out, wall: Number(process.hrtime.bigint() - t0) / 1e6, cpu: (used.user + used.system) / 1e3 };
}

async function opened(o) {
  const input = readFileSync(o.file);
  const format = (await sharp(input).metadata()).format;
  return { input, format, strategy: o.strategy ?? (format === 'gif' ? 'per-size' : 'raw'), baseRss: process.resourceUsage().maxRSS };
}

function report(file, calls) {
  const fixed = xs => xs.map(x => x.toFixed(2)).join(',');
  const out = calls.at(-1).out;
  console.log(`RESULT strategy=${file.strategy} wall_ms=${fixed(calls.map(c => c.wall))} cpu_ms=${fixed(calls.map(c => c.cpu))} bytes=${out.bytes}`
    + ` made=${out.made} frames=${out.frames} rss_kib=${process.resourceUsage().maxRSS} base_rss_kib=${file.baseRss}`);
}

async function time(o) {
  const file = await opened(o);
  const calls = [];
  let start = process.hrtime.bigint();
  for (let round = -o.warmup; round < o.maxRuns && (round < o.minRuns || Number(process.hrtime.bigint() - start) < o.seconds * 1e9); round++) {
    const call = await timed(file.input, file.format, file.strategy);
    if (round >= 0) {
      calls.push(call);
    }
    if (round === -1) {
      start = process.hrtime.bigint(); // the budget counts measured rounds only
    }
  }
  report(file, calls);
}

async function serve(o) {
  const file = await opened(o);
  const calls = [];
  for await (const line of createInterface({ input: process.stdin })) {
    const call = await timed(file.input, file.format, file.strategy);
    if (line.trim() === 'measure') {
      calls.push(call);
    }
    console.log('DONE');
  }
  if (calls.length === 0) {
    throw new Error('no measured call');
  }
  report(file, calls);
}

const o = options(process.argv.slice(2));
if (o.versions) {
  console.log(`VERSIONS sharp ${sharp.versions.sharp}, libvips ${sharp.versions.vips}, Node.js ${process.versions.node},`
    + ` sharp.concurrency() ${sharp.concurrency()}, UV_THREADPOOL_SIZE ${process.env.UV_THREADPOOL_SIZE ?? 'unset'}`);
} else {
  try {
    if (!o.file) {
      throw new Error('no input file');
    }
    await (o.serve ? serve(o) : time(o));
  } catch (e) {
    console.log(`FAILED ${String(e.message ?? e).replaceAll('\n', ' ')}`);
    process.exitCode = 1;
  }
}
