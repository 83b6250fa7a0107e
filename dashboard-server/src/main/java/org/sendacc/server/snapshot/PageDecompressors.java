package org.sendacc.server.snapshot;

import io.airlift.compress.snappy.SnappyDecompressor;
import io.airlift.compress.zstd.ZstdDecompressor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.CodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Decompresses Parquet pages for the codecs Spark writes (snappy by default, also zstd and gzip) in pure Java, with
 * aircompressor (which parquet-hadoop already brings) and the JDK. Parquet's own codec factory goes through Hadoop's
 * codec classes, whose first use loads and parses Hadoop's XML configuration, and snappy-java unpacks and checks a
 * native library on every start: together a good part of the server's start-up, for nothing. Any other codec falls
 * back to Parquet's factory. The reader never compresses.
 */
final class PageDecompressors implements CompressionCodecFactory {
    private CodecFactory fallback;

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        throw new UnsupportedOperationException("the snapshot reader does not write Parquet");
    }

    @Override
    public synchronized BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        switch (codec) {
            case UNCOMPRESSED:
                return new Decompressor(codec) {
                    @Override
                    byte[] decompress(byte[] input, int uncompressedSize) {
                        return input;
                    }
                };
            case SNAPPY:
                return new Decompressor(codec) {
                    @Override
                    byte[] decompress(byte[] input, int uncompressedSize) throws IOException {
                        byte[] output = new byte[uncompressedSize];
                        int length = new SnappyDecompressor()
                                .decompress(input, 0, input.length, output, 0, uncompressedSize);
                        return length == uncompressedSize ? output : Arrays.copyOf(output, length);
                    }
                };
            case ZSTD:
                return new Decompressor(codec) {
                    @Override
                    byte[] decompress(byte[] input, int uncompressedSize) {
                        byte[] output = new byte[uncompressedSize];
                        int length =
                                new ZstdDecompressor().decompress(input, 0, input.length, output, 0, uncompressedSize);
                        return length == uncompressedSize ? output : Arrays.copyOf(output, length);
                    }
                };
            case GZIP:
                return new Decompressor(codec) {
                    @Override
                    byte[] decompress(byte[] input, int uncompressedSize) throws IOException {
                        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(input))) {
                            return in.readNBytes(uncompressedSize);
                        }
                    }
                };
            default:
                if (fallback == null) {
                    fallback = new CodecFactory(new PlainParquetConfiguration(), 0);
                }
                return fallback.getDecompressor(codec);
        }
    }

    @Override
    public synchronized void release() {
        if (fallback != null) {
            fallback.release();
            fallback = null;
        }
    }

    /** One codec's decompression of a page held in a byte array, which is how the reader hands pages over. */
    private abstract static class Decompressor implements BytesInputDecompressor {
        private final CompressionCodecName codec;

        Decompressor(CompressionCodecName codec) {
            this.codec = codec;
        }

        abstract byte[] decompress(byte[] input, int uncompressedSize) throws IOException;

        @Override
        public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
            ByteArrayOutputStream compressed = new ByteArrayOutputStream(Math.toIntExact(bytes.size()));
            bytes.writeAllTo(compressed);
            byte[] output = decompress(compressed.toByteArray(), uncompressedSize);
            if (output.length != uncompressedSize) {
                throw new IOException(
                        codec + " page decompressed to " + output.length + " bytes, not " + uncompressedSize);
            }
            return BytesInput.from(output);
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize)
                throws IOException {
            byte[] compressed = new byte[compressedSize];
            input.get(compressed);
            output.put(decompress(compressed, uncompressedSize));
        }

        @Override
        public void release() {}
    }
}
