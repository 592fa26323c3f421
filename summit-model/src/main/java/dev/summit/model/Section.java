package dev.summit.model;

import java.util.List;
import org.immutables.value.Value;

/** A numbered section of a session (1, 2, 2.1, 2.3.1), with its content and subsections in order. */
@Value.Immutable
public interface Section {
  /** The number as normalised dotted digits: {@code 2.3.1}. */
  String number();

  String title();

  /** Content before the first subsection, in order. */
  List<Content> content();

  List<Section> subsections();

  Provenance source();
}
