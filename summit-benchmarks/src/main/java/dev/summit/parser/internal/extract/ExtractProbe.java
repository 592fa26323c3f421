package dev.summit.parser.internal.extract;

import com.sun.management.ThreadMXBean;
import dev.summit.benchmarks.Posts;
import dev.summit.model.Claim;
import dev.summit.model.ClaimKind;
import dev.summit.model.Content;
import dev.summit.model.ContentType;
import dev.summit.model.Participant;
import dev.summit.model.Section;
import dev.summit.model.Session;
import dev.summit.model.Speaker;
import dev.summit.model.Summit;
import dev.summit.parser.RecapParser;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A profiling aid for the extract step (in its package, to reach its parts): the least thread CPU time of
 * each part over all sessions of a post, run on the parsed (already enriched) sessions, which have the same
 * claim texts. {@code ExtractProbe [copies|Ns] [runs]}.
 */
public final class ExtractProbe {
  private ExtractProbe() {}

  public static void main(String[] args) {
    String shape = args.length > 0 ? args[0] : "1";
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 400;
    int only = args.length > 2 ? Integer.parseInt(args[2]) : -1;
    boolean many = shape.endsWith("s");
    int copies = Integer.parseInt(many ? shape.substring(0, shape.length() - 1) : shape);
    byte[] post = many ? Posts.manySpeakers(copies) : Posts.generated(copies);
    Summit summit = RecapParser.builder().build().parse(post, "post").summit();
    List<Speaker> registry = summit.speakers();
    List<Session> sessions = summit.sessions();
    List<List<Claim>> claimsBySession = new ArrayList<>();
    for (Session s : sessions) {
      List<Claim> all = new ArrayList<>();
      for (Claim c : s.claims()) {
        all.add(c);
      }
      claimsBySession.add(all);
    }
    SessionEnricher enricher = new SessionEnricher();
    QuantityExtractor quantities = new QuantityExtractor();
    ClaimAttributor attributor = new ClaimAttributor();
    TimelineExtractor timelines = new TimelineExtractor();
    ProseComparisonDeriver comparisons = new ProseComparisonDeriver();
    String[] names = {"enrich (all)", "index", "matchers", "matchers+declared", "+attribute", "+organisations",
        "quantities", "timelines", "comparisons", "hangul words", "lower case", "sentences", "claim withers"};
    long[] best = new long[names.length];
    long[] alloc = new long[names.length];
    java.util.Arrays.fill(best, Long.MAX_VALUE);
    ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long tid = Thread.currentThread().getId();
    long sink = 0;
    for (int r = 0; r < runs; r++) {
      for (int part = 0; part < names.length; part++) {
        if (only >= 0 && part != only) {
          continue;
        }
        long a0 = mx.getThreadAllocatedBytes(tid);
        long t0 = mx.getCurrentThreadCpuTime();
        switch (part) {
          case 0 -> {
            SessionEnricher.Index index = enricher.index(registry);
            for (Session s : sessions) {
              sink += enricher.enrich(s, index, d -> {}).session().content().size();
            }
          }
          case 1 -> sink += enricher.index(registry).outsiders.size();
          case 2, 3, 4, 5 -> {
            SessionEnricher.Index index = enricher.index(registry);
            for (int i = 0; i < sessions.size(); i++) {
              Session s = sessions.get(i);
              Set<String> participants = new LinkedHashSet<>();
              for (Participant p : s.participants()) {
                participants.add(p.speakerId());
              }
              NameMatcher m = matcher(s, index);
              if (part >= 3) {
                for (Claim c : claimsBySession.get(i)) {
                  m.learnDeclared(c.text());
                }
              }
              if (part >= 4) {
                for (Claim c : claimsBySession.get(i)) {
                  if (c.kind() == ClaimKind.SPEAKER) {
                    sink += attributor.attribute(c.text(), m, participants, List.of()).speakerIds().size();
                  }
                }
              }
              if (part >= 5) {
                for (Claim c : claimsBySession.get(i)) {
                  sink += m.organisations(c.text()).size();
                }
              }
            }
          }
          case 6 -> {
            for (List<Claim> cs : claimsBySession) {
              for (Claim c : cs) {
                sink += quantities.extract(c.text()).size();
              }
            }
          }
          case 7 -> {
            for (List<Claim> cs : claimsBySession) {
              sink += timelines.runs(cs, Optional.empty()).size();
              for (Claim c : cs) {
                sink += timelines.dated(c).isPresent() ? 1 : 0;
              }
            }
          }
          case 8 -> {
            for (List<Claim> cs : claimsBySession) {
              sink += comparisons.parallel(cs).size();
              for (Claim c : cs) {
                sink += comparisons.contrast(c).isPresent() ? 1 : 0;
              }
            }
          }
          case 9 -> {
            for (List<Claim> cs : claimsBySession) {
              for (Claim c : cs) {
                sink += new NameMatcher.HangulWords(c.text()).size;
              }
            }
          }
          case 10 -> {
            for (List<Claim> cs : claimsBySession) {
              for (Claim c : cs) {
                sink += c.text().toLowerCase(java.util.Locale.ROOT).length();
              }
            }
          }
          case 11 -> {
            for (List<Claim> cs : claimsBySession) {
              for (Claim c : cs) {
                sink += ClaimAttributor.sentences(c.text()).size();
              }
            }
          }
          case 12 -> {
            for (List<Claim> cs : claimsBySession) {
              for (Claim c : cs) {
                sink += dev.summit.model.ImmutableClaim.copyOf(c).withSpeakerIds(c.speakerIds())
                    .withOrganizationSpeakerIds(new java.util.LinkedHashSet<>(c.organizationSpeakerIds()))
                    .withQuantities(c.quantities()).withChildren(new ArrayList<>(c.children())).speakerIds().size();
              }
            }
          }
          default -> throw new AssertionError();
        }
        best[part] = Math.min(best[part], mx.getCurrentThreadCpuTime() - t0);
        alloc[part] = mx.getThreadAllocatedBytes(tid) - a0;
      }
    }
    long claimCount = claimsBySession.stream().mapToLong(List::size).sum();
    long chars = claimsBySession.stream().flatMap(List::stream).mapToLong(c -> c.text().length()).sum();
    System.out.printf("%d claims, %d characters of claim text%n", claimCount, chars);
    System.out.printf("%d sessions, %d speakers, %d runs (sink %d)%n", sessions.size(), registry.size(), runs, sink);
    for (int i = 0; i < names.length; i++) {
      System.out.printf("%-22s %10d B %9.1f us%n", names[i], alloc[i], best[i] / 1e3);
    }
  }

  /** As SessionEnricher.Run builds it. */
  private static NameMatcher matcher(Session session, SessionEnricher.Index index) {
    java.util.Map<String, Participant> byId = new java.util.LinkedHashMap<>();
    for (Participant p : session.participants()) {
      byId.putIfAbsent(p.speakerId(), p);
    }
    List<NameMatcher.Person> people = new ArrayList<>();
    for (Speaker s : index.speakers.relevant(session)) {
      Participant p = byId.get(s.id());
      Optional<String> affiliation = p == null ? Optional.empty() : p.affiliation();
      List<String> aliases = new ArrayList<>(s.aliases());
      if (p != null && !p.name().equals(s.name())) {
        aliases.add(p.name());
      }
      people.add(new NameMatcher.Person(s.id(), s.name(), aliases,
          NameMatcher.organisationsOf(s.organization(), affiliation),
          NameMatcher.positionsOf(s.position().or(s::honorific), affiliation), p != null));
    }
    return new NameMatcher(people, index.skeletons);
  }
}
