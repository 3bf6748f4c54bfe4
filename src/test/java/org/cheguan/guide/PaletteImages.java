package org.cheguan.guide;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.FileImageOutputStream;

/**
 * Writes a screenshot as a small palette PNG, so that the guides' images stay light in the repository: a page is
 * flat colours and anti-aliased text, about a thousand colours in all, so the 256 most frequent ones with every other
 * colour mapped to its nearest (weighted RGB distance) look the same and take about half the bytes of the browser's PNG.
 */
final class PaletteImages {

	private static final int PALETTE = 256;

	private PaletteImages() {
	}

	/**
	 * @param source a PNG, e.g. as the browser saved it
	 * @param target where the palette PNG goes; its folder is created
	 * @throws IOException when either file cannot be read or written
	 */
	static void write(Path source, Path target) throws IOException {
		var image = ImageIO.read(source.toFile());
		int width = image.getWidth();
		int height = image.getHeight();
		var pixels = image.getRGB(0, 0, width, height, null, 0, width);
		var counts = new HashMap<Integer, Integer>();
		for (int pixel : pixels) {
			counts.merge(pixel & 0xFFFFFF, 1, Integer::sum);
		}
		int[] palette = counts.entrySet().stream()
			.sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed())
			.limit(PALETTE)
			.mapToInt(Map.Entry::getKey)
			.toArray();
		var red = new byte[palette.length];
		var green = new byte[palette.length];
		var blue = new byte[palette.length];
		for (int i = 0; i < palette.length; i++) {
			red[i] = (byte) (palette[i] >> 16);
			green[i] = (byte) (palette[i] >> 8);
			blue[i] = (byte) palette[i];
		}
		var indexed = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED,
				new IndexColorModel(8, palette.length, red, green, blue));
		var raster = indexed.getRaster();
		var nearest = new HashMap<Integer, Integer>();
		for (int i = 0; i < pixels.length; i++) {
			int index = nearest.computeIfAbsent(pixels[i] & 0xFFFFFF, colour -> nearest(colour, palette));
			raster.setSample(i % width, i / width, 0, index);
		}
		Files.createDirectories(target.getParent());
		Files.deleteIfExists(target);
		var writer = ImageIO.getImageWritersByFormatName("png").next();
		var parameters = writer.getDefaultWriteParam();
		parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		parameters.setCompressionQuality(0f); // the smallest file
		try (var out = new FileImageOutputStream(target.toFile())) {
			writer.setOutput(out);
			writer.write(null, new IIOImage(indexed, null, null), parameters);
		}
		finally {
			writer.dispose();
		}
	}

	private static int nearest(int colour, int[] palette) {
		int best = 0;
		long bestDistance = Long.MAX_VALUE;
		for (int i = 0; i < palette.length; i++) {
			long r = ((colour >> 16) & 0xFF) - ((palette[i] >> 16) & 0xFF);
			long g = ((colour >> 8) & 0xFF) - ((palette[i] >> 8) & 0xFF);
			long b = (colour & 0xFF) - (palette[i] & 0xFF);
			long distance = 3 * r * r + 4 * g * g + 2 * b * b; // the eye weighs green most, blue least
			if (distance < bestDistance) {
				bestDistance = distance;
				best = i;
			}
		}
		return best;
	}
}
