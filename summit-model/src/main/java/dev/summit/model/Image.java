package dev.summit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** An image of the post, with the credit line that follows it (이미지 출처 …). */
@Value.Immutable
public interface Image extends Content {
  @Override
  default ContentType type() {
    return ContentType.IMAGE;
  }

  String url();

  String alt();

  Optional<String> credit();
}
