package dev.summit.parser.internal.outline;

import java.util.ArrayList;
import java.util.List;

/**
 * One block of the neutral outline that both the Markdown and the HTML readers produce. Everything after the
 * outline step works on these, so extraction rules exist once.
 *
 * <p>Lines are 1-based lines of the original file. {@link #text()} is the plain text of the block's own
 * inlines (headings, paragraphs, table cells); containers (lists, items, quotes) have empty text and
 * children. Mutable while the outline is built, read-only afterwards by convention.
 */
public final class Block {
  private final BlockType type;
  private final int startLine;
  private int endLine;
  private final int column;
  private String text = "";
  private List<Mark> marks = List.of();
  /** Empty and shared until the first child: most blocks are leaves. */
  private List<Block> children = List.of();
  private int level;
  private boolean ordered;
  private int ordinal;
  private List<List<String>> rows = List.of();
  /** The block's position in its outline, in pre-order from 0 (the document); see {@link #index()}. */
  private int id;
  /** On the root once {@link #index()} ran: how many blocks the tree holds; else 0. */
  private int size;

  public Block(BlockType type, int startLine, int endLine, int column) {
    this.type = type;
    this.startLine = startLine;
    this.endLine = Math.max(startLine, endLine);
    this.column = column;
  }

  public BlockType type() {
    return type;
  }

  public int startLine() {
    return startLine;
  }

  public int endLine() {
    return endLine;
  }

  public void endLine(int endLine) {
    this.endLine = Math.max(this.endLine, endLine);
  }

  /** 1-based column of the block's first character. */
  public int column() {
    return column;
  }

  public String text() {
    return text;
  }

  public Block text(String text) {
    this.text = text;
    return this;
  }

  /** Inline marks over {@link #text()}, in start order. */
  public List<Mark> marks() {
    return marks;
  }

  public Block marks(List<Mark> marks) {
    this.marks = marks;
    return this;
  }

  public List<Block> children() {
    return children;
  }

  public Block add(Block child) {
    if (children.isEmpty()) {
      children = new ArrayList<>(2);
    }
    children.add(child);
    return this;
  }

  /** Heading level 1–6; 0 for other blocks. */
  public int level() {
    return level;
  }

  public Block level(int level) {
    this.level = level;
    return this;
  }

  /** For a LIST: numbered rather than bulleted. */
  public boolean ordered() {
    return ordered;
  }

  public Block ordered(boolean ordered) {
    this.ordered = ordered;
    return this;
  }

  /** For an ITEM of an ordered list: its number. */
  public int ordinal() {
    return ordinal;
  }

  public Block ordinal(int ordinal) {
    this.ordinal = ordinal;
    return this;
  }

  /** For a TABLE: the header row first, then the body rows, as plain cell text. */
  public List<List<String>> rows() {
    return rows;
  }

  public Block rows(List<List<String>> rows) {
    this.rows = rows;
    return this;
  }

  /**
   * This block's position in its outline: blocks are numbered in pre-order from 0 (the root) by the root's
   * {@link #index()}, so that later steps keep facts about blocks in arrays rather than identity maps.
   */
  public int id() {
    return id;
  }

  /**
   * For an outliner that makes its blocks in pre-order: this block's id is its position in the making. The
   * root is 0 and takes the count with {@link #indexed(int)}; {@code BlockIdTest} checks the ids are pre-order.
   */
  Block id(int id) {
    this.id = id;
    return this;
  }

  /** For an outliner that numbered the blocks as it made them ({@link #id(int)}): the root takes their count. */
  void indexed(int size) {
    this.size = size;
  }

  /**
   * Numbers the blocks of the tree under this one in pre-order, this one 0, unless that was done; returns how
   * many blocks the tree holds, so ids run from 0 to that less one. The outliners call it when they are done;
   * a tree changed afterwards must not be indexed again (the outline is read-only by then).
   */
  public int index() {
    if (size == 0) {
      int next = 0;
      java.util.ArrayDeque<Block> stack = new java.util.ArrayDeque<>();
      stack.push(this);
      while (!stack.isEmpty()) {
        Block b = stack.pop();
        b.id = next++;
        for (int i = b.children.size() - 1; i >= 0; i--) {
          stack.push(b.children.get(i));
        }
      }
      size = next;
    }
    return size;
  }

  @Override
  public String toString() {
    return type + "@" + startLine + "-" + endLine + (text.isEmpty() ? "" : " " + text);
  }
}
