package io.sprecher.spark;

import java.io.Serializable;

/**
 * One input file as listed: its path (URI), size in bytes and modification time (epoch ms). The
 * files table keeps these, so that the next incremental run skips files it has already read.
 */
record InputFile(String path, long size, long modified) implements Serializable {}
