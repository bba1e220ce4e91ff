package se.samverkanskartan;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Reading browser screenshots: how much is drawn, and how much two pictures differ. */
public final class Screenshots {

	/**
	 * Colour distance (sum over red, green, blue) above which two pixels count as
	 * different.
	 */
	private static final int CLEARLY_DIFFERENT = 60;

	private Screenshots() {
	}

	/**
	 * The share of pixels that differ clearly from the pixel at (x, y), the background.
	 */
	public static double drawnShare(byte[] png, int backgroundX, int backgroundY) {
		BufferedImage image = read(png);
		int background = image.getRGB(Math.floorMod(backgroundX, image.getWidth()),
				Math.floorMod(backgroundY, image.getHeight()));
		long drawn = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if (distance(image.getRGB(x, y), background) > CLEARLY_DIFFERENT) {
					drawn++;
				}
			}
		}
		return (double) drawn / ((long) image.getWidth() * image.getHeight());
	}

	/** The share of pixels that differ clearly between two pictures of the same size. */
	public static double changedShare(byte[] first, byte[] second) {
		BufferedImage a = read(first);
		BufferedImage b = read(second);
		if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
			return 1;
		}
		long changed = 0;
		for (int y = 0; y < a.getHeight(); y++) {
			for (int x = 0; x < a.getWidth(); x++) {
				if (distance(a.getRGB(x, y), b.getRGB(x, y)) > CLEARLY_DIFFERENT) {
					changed++;
				}
			}
		}
		return (double) changed / ((long) a.getWidth() * a.getHeight());
	}

	private static int distance(int first, int second) {
		int sum = 0;
		for (int shift : new int[] { 16, 8, 0 }) {
			sum += Math.abs(((first >> shift) & 0xff) - ((second >> shift) & 0xff));
		}
		return sum;
	}

	private static BufferedImage read(byte[] png) {
		try {
			return ImageIO.read(new ByteArrayInputStream(png));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
