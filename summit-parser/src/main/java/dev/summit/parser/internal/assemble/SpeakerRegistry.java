package dev.summit.parser.internal.assemble;

import dev.summit.model.ImmutableSpeaker;
import dev.summit.model.Provenance;
import dev.summit.model.Speaker;
import dev.summit.parser.internal.recognise.ParticipantDraft;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One speaker per person across all posts, keyed by name and aliases. */
final class SpeakerRegistry {
  private static final class Entry {
    String id;
    String name;
    final List<String> aliases = new ArrayList<>();
    Optional<String> organization = Optional.empty();
    Optional<String> position = Optional.empty();
    Optional<String> honorific = Optional.empty();
    Provenance source;
  }

  private final Map<String, Entry> byKey = new LinkedHashMap<>();
  private final Map<String, String> aliasToKey = new HashMap<>();
  private final Map<String, List<String>> pendingAliases = new HashMap<>();
  private final Map<String, Integer> ids = new HashMap<>();
  private final Map<String, Entry> byId = new HashMap<>();

  /** Records that {@code variant} is another spelling of {@code canonical}. */
  void alias(String canonical, String variant) {
    String ck = SummitAssembler.key(canonical);
    aliasToKey.put(SummitAssembler.key(variant), ck);
    Entry e = byKey.get(ck);
    if (e != null) {
      addAlias(e, variant);
    } else {
      pendingAliases.computeIfAbsent(ck, k -> new ArrayList<>()).add(variant);
    }
  }

  /**
   * Registers the participant and gives the speaker's id: the assembler needs only that, and a Speaker built per
   * participant only to read its id was a visible part of building sessions.
   */
  String registerId(ParticipantDraft p) {
    return entry(p).id;
  }

  private Entry entry(ParticipantDraft p) {
    String k = SummitAssembler.key(p.name());
    k = aliasToKey.getOrDefault(k, k);
    Entry e = byKey.get(k);
    if (e == null) {
      e = new Entry();
      e.name = p.name();
      e.source = p.source();
      String base = SummitAssembler.slug(p.name());
      int n = ids.merge(base, 1, Integer::sum);
      e.id = n == 1 ? base : base + "-" + n;
      byKey.put(k, e);
      byId.putIfAbsent(e.id, e);
      for (String a : pendingAliases.getOrDefault(k, List.of())) {
        addAlias(e, a);
      }
    } else if (!e.name.equals(p.name())) {
      addAlias(e, p.name());
    }
    e.organization = richest(e.organization, p.organization());
    e.position = richest(e.position, p.position());
    e.honorific = e.honorific.or(p::honorific);
    return e;
  }

  private static Optional<String> richest(Optional<String> a, Optional<String> b) {
    if (a.isPresent() && b.isPresent()) {
      return a.get().length() >= b.get().length() ? a : b;
    }
    return a.or(() -> b);
  }

  private static void addAlias(Entry e, String alias) {
    if (!alias.equals(e.name) && !e.aliases.contains(alias)) {
      e.aliases.add(alias);
    }
  }

  /** Every speaker, in first-mention order. */
  List<Speaker> speakers() {
    return byKey.values().stream().map(SpeakerRegistry::build).toList();
  }

  /** The speaker with this id as it stands now, or null. */
  Speaker speaker(String id) {
    Entry e = byId.get(id);
    return e == null ? null : build(e);
  }

  /** Every speaker, with aliases learned from the text (speaker id → aliases) added. */
  List<Speaker> withAliases(Map<String, List<String>> learned) {
    for (Entry e : byKey.values()) {
      for (String a : learned.getOrDefault(e.id, List.of())) {
        addAlias(e, a);
      }
    }
    return speakers();
  }

  private static Speaker build(Entry e) {
    return ImmutableSpeaker.builder()
        .id(e.id)
        .name(e.name)
        .aliases(e.aliases)
        .organization(e.organization)
        .position(e.position)
        .honorific(e.honorific)
        .source(e.source)
        .build();
  }
}
