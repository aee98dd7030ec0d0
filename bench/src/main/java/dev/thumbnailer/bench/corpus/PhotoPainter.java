package dev.thumbnailer.bench.corpus;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.Polygon;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/**
 * Paints a deterministic, photo-like scene: sky and ground gradients, soft glows, hard-edged
 * "buildings" with windows, foliage blobs, wires and text. Coordinates are relative to the frame, so
 * every resolution shows the same scene; {@link Grain} then adds the per-pixel texture that makes
 * JPEG sizes look like a camera's rather than like flat colour, which compresses to almost nothing.
 */
final class PhotoPainter {

    private static final String[] WORDS = {"s3-thumbnailer", "ISSUE 6", "Harbour Café", "No. 42", "EXIT", "Bäckerei", "OPEN 24h"};

    private PhotoPainter() {
    }

    static BufferedImage paint(int width, int height, long seed, int imageType) {
        BufferedImage image = new BufferedImage(width, height, imageType);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(width / 1000.0, height / 1000.0); // paint in a 1000x1000 space, whatever the pixel size
        SplittableRandom random = new SplittableRandom(seed);
        skyAndGround(g, random);
        glows(g, random);
        buildings(g, random);
        foliage(g, random);
        wires(g, random, width);
        text(g, random, (double) height / width);
        g.dispose();
        return image;
    }

    private static void skyAndGround(Graphics2D g, SplittableRandom r) {
        int horizon = 450 + r.nextInt(150);
        g.setPaint(new GradientPaint(0, 0, new Color(40 + r.nextInt(40), 90 + r.nextInt(60), 170 + r.nextInt(70)), 0, horizon, new Color(235, 215, 190)));
        g.fillRect(0, 0, 1000, horizon);
        g.setPaint(new GradientPaint(0, horizon, new Color(110, 120, 70), 0, 1000, new Color(45, 55, 30)));
        g.fillRect(0, horizon, 1000, 1000 - horizon);
        for (int hill = 0; hill < 3; hill++) {
            Polygon p = new Polygon();
            p.addPoint(0, 1000);
            for (int x = 0, y = horizon - r.nextInt(120); x <= 1000; x += 25) {
                y = Math.clamp(y + r.nextInt(-25, 26), horizon - 200, horizon + 60);
                p.addPoint(x, y);
            }
            p.addPoint(1000, 1000);
            g.setPaint(new GradientPaint(0, horizon - 200, new Color(70 + 30 * hill, 100 + r.nextInt(40), 60, 220), 0, 1000, new Color(20, 35, 15)));
            g.fillPolygon(p);
        }
    }

    private static void glows(Graphics2D g, SplittableRandom r) {
        for (int i = 0; i < 4; i++) {
            float cx = r.nextInt(1000);
            float cy = r.nextInt(600);
            float radius = 80 + r.nextInt(250);
            Color core = new Color(255, 230 + r.nextInt(25), 180 + r.nextInt(60), 170);
            g.setPaint(new RadialGradientPaint(cx, cy, radius, new float[] {0f, 1f}, new Color[] {core, new Color(255, 255, 255, 0)},
                    MultipleGradientPaint.CycleMethod.NO_CYCLE));
            g.fill(new Ellipse2D.Float(cx - radius, cy - radius, 2 * radius, 2 * radius));
        }
    }

    private static void buildings(Graphics2D g, SplittableRandom r) {
        for (int i = 0; i < 14; i++) {
            int w = 40 + r.nextInt(110);
            int h = 120 + r.nextInt(380);
            int x = r.nextInt(1000 - w);
            int y = 800 - h + r.nextInt(120);
            int base = 60 + r.nextInt(120);
            g.setPaint(new GradientPaint(x, y, new Color(base, base - 10, base - 25), x + w, y + h, new Color(base / 3, base / 3, base / 3 + 10)));
            g.fillRect(x, y, w, h);
            for (int wy = y + 8; wy < y + h - 12; wy += 18) {
                for (int wx = x + 6; wx < x + w - 10; wx += 14) {
                    g.setColor(r.nextInt(3) == 0 ? new Color(255, 220, 140) : new Color(30, 40, 55));
                    g.fillRect(wx, wy, 7, 10);
                }
            }
        }
    }

    private static void foliage(Graphics2D g, SplittableRandom r) {
        for (int i = 0; i < 40; i++) {
            float cx = r.nextInt(1000);
            float cy = 650 + r.nextInt(350);
            float radius = 15 + r.nextInt(70);
            Color inner = new Color(40 + r.nextInt(80), 90 + r.nextInt(90), 30 + r.nextInt(40));
            g.setPaint(new RadialGradientPaint(cx - radius / 3, cy - radius / 3, radius * 1.3f, new float[] {0f, 1f},
                    new Color[] {inner.brighter(), inner.darker().darker()}, MultipleGradientPaint.CycleMethod.NO_CYCLE));
            g.fill(new Ellipse2D.Float(cx - radius, cy - radius * 0.8f, 2 * radius, 1.6f * radius));
        }
    }

    private static void wires(Graphics2D g, SplittableRandom r, int pixelWidth) {
        g.setStroke(new BasicStroke(Math.max(0.6f, 1000f / pixelWidth * 2)));
        g.setColor(new Color(20, 20, 25));
        for (int i = 0; i < 6; i++) {
            g.drawLine(0, 150 + r.nextInt(300), 1000, 150 + r.nextInt(300));
        }
    }

    /** Text has the sharp, high-contrast edges that ringing and resampling artefacts show on. */
    private static void text(Graphics2D g, SplittableRandom r, double aspect) {
        AffineTransform saved = g.getTransform();
        g.scale(aspect, 1); // keep glyphs their natural shape in the squashed 1000x1000 space
        for (int i = 0; i < 9; i++) {
            g.setFont(new Font(Font.SANS_SERIF, r.nextBoolean() ? Font.BOLD : Font.PLAIN, 14 + r.nextInt(60)));
            g.setColor(r.nextBoolean() ? new Color(250, 250, 245) : new Color(200 + r.nextInt(55), 30, 30));
            g.drawString(WORDS[r.nextInt(WORDS.length)], (float) (r.nextInt(800) / aspect), 100 + r.nextInt(850));
        }
        g.setTransform(saved);
    }
}
