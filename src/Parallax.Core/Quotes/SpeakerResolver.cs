using Parallax.Entities;

namespace Parallax.Quotes;

/// <summary>
/// Turns speaker phrases into <see cref="SpeakerMention"/>s, in text order, resolving each
/// against the entity layer and against the speakers already seen: names to their entity
/// mention, pronouns to the previous speaker or the nearest person, definite descriptions
/// ("the top Example official") to the latest speaker or person whose role words fit.
/// </summary>
internal sealed class SpeakerResolver(QuoteText t, IReadOnlyList<EntityMention> entities)
{
    private const int PronounReach = 2000;

    private readonly List<Seen> _seen = [];
    private readonly Dictionary<SpeakerPhrase, SpeakerMention> _resolved = new(ReferenceEqualityComparer.Instance);

    private sealed record Seen(SpeakerMention Mention, int Position, HashSet<string> Words, EntityType? Type, bool Named);

    public SpeakerMention Resolve(SpeakerPhrase phrase)
    {
        if (_resolved.TryGetValue(phrase, out var known))
        {
            return known;
        }

        var span = t.Between(phrase.First, phrase.Last);
        var text = span.Of(t.Text);
        var headSpan = t.SpanOf(phrase.Head);
        var firstSpan = t.SpanOf(phrase.First);
        var name = entities
            .Where(e => e.Type is EntityType.Person or EntityType.Organization && e.Span.Overlaps(headSpan))
            .OrderBy(e => e.Type == EntityType.Person ? 0 : 1)
            .FirstOrDefault()
            // "Mara Velden, the harbor minister": a name followed by its appositive, whose head is the
            // title. The name counts whatever type the entity stage gave it, places aside: the
            // appositive and the reporting verb say it is someone.
            ?? entities.FirstOrDefault(e => e.Type != EntityType.Location && e.Span.Start == firstSpan.Start
                && t.TokenAtOrAfter(e.Span.End) is var next && next <= phrase.Last && t.Lower[next] == ",");
        var first = t.Lower[phrase.First];
        Seen seen;
        if (name is not null)
        {
            var words = WordsOf(name.Role);
            for (var k = phrase.First; k <= phrase.Head; k++)
            {
                if (!t.SpanOf(k).Overlaps(name.Span))
                {
                    words.Add(Normalize(t.Lower[k]));
                }
            }

            seen = new Seen(new SpeakerMention(span, text) { Antecedent = name.Span }, span.Start, words, name.Type, true);
        }
        else if (phrase.First == phrase.Last && SpeakerLexicon.Pronouns.Contains(first))
        {
            seen = ResolvePronoun(span, text, first);
        }
        else
        {
            seen = ResolveDescription(phrase, span, text);
        }

        _seen.Add(seen);
        _resolved[phrase] = seen.Mention;
        return seen.Mention;
    }

    private Seen ResolvePronoun(Text.Span span, string text, string pronoun)
    {
        var previous = _seen.Count > 0 && span.Start - _seen[^1].Position < PronounReach ? _seen[^1] : null;
        var wanted = pronoun switch
        {
            "it" => EntityType.Organization,
            "they" => (EntityType?)null,
            _ => EntityType.Person,
        };
        var previousFits = previous is not null && (wanted is null || previous.Type == wanted || (previous.Type is null && wanted == EntityType.Person && !IsPlural(previous)));
        if (previousFits)
        {
            return Copy(previous!, span, text);
        }

        var nearest = wanted is { } type
            ? entities.Where(e => e.Type == type && e.Span.End <= span.Start).MaxBy(e => e.Span.Start)
            : null;
        var mention = new SpeakerMention(span, text) { Antecedent = nearest?.Span };
        return new Seen(mention, span.Start, WordsOf(nearest?.Role), nearest?.Type, nearest is not null);
    }

    private Seen ResolveDescription(SpeakerPhrase phrase, Text.Span span, string text)
    {
        var description = Describe(phrase);
        var head = Normalize(t.Lower[phrase.Head]);
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var k = phrase.First; k <= phrase.Head; k++)
        {
            words.Add(Normalize(t.Lower[k]));
        }

        var first = t.Lower[phrase.First];
        var definite = SpeakerLexicon.DefiniteDeterminers.Contains(first)
            || (SpeakerLexicon.Partitives.Contains(first) && phrase.First + 2 <= phrase.Last && t.Lower[phrase.First + 2] == "the");
        if (definite && Antecedent(words, head, span.Start) is { } found)
        {
            return found with { Position = span.Start };
        }

        var anonymous = SpeakerLexicon.SourceNouns.Contains(t.Lower[phrase.Head]);
        if (anonymous && !definite && _seen.FirstOrDefault(s => s.Mention.Anonymous && s.Mention.Source is not null
            && string.Equals(s.Mention.Description, description, StringComparison.OrdinalIgnoreCase)) is { } same)
        {
            // "a senior official" twice in one article is taken as one source, as a reader would.
            return Copy(same, span, text);
        }

        var mention = new SpeakerMention(span, text)
        {
            Anonymous = anonymous,
            Description = anonymous || definite ? description : null,
            Source = anonymous ? UnnamedSourceReader.Read(t, phrase) : null,
        };

        // A capitalized head the entity stage missed is still a name, and its title words describe it.
        var unlistedName = !anonymous && !definite && t.IsCapitalized(phrase.Head);
        // Later references may pick up the qualifier after the head: "an official in the Example
        // administration" is "the Example official" a paragraph on.
        var known = new HashSet<string>(words, StringComparer.Ordinal);
        for (var k = phrase.Head + 1; k <= phrase.Last && t.Lower[k] is not ("," or "who" or "which" or "that"); k++)
        {
            known.Add(Normalize(t.Lower[k]));
        }

        return new Seen(mention, span.Start, known, unlistedName ? EntityType.Person : null, unlistedName);

        Seen? Antecedent(HashSet<string> descriptionWords, string headWord, int position)
        {
            var fromSpeaker = _seen.LastOrDefault(s => Fits(descriptionWords, headWord, s.Words, s.Named && s.Words.Count > 0));
            var fromPerson = entities
                .Where(e => e.Type == EntityType.Person && e.Span.End <= position && e.Role is not null && HasSpecificWord(descriptionWords, headWord)
                    && Fits(descriptionWords, headWord, WordsOf(e.Role), true))
                .MaxBy(e => e.Span.Start);
            // A person reached only through a generic head ("the US official" for a president) loses
            // to an earlier speaker whose own head matches: the article has named no such official.
            var personByHead = fromPerson is not null && WordsOf(fromPerson.Role).Contains(headWord);
            var speakerByHead = fromSpeaker is not null && fromSpeaker.Words.Contains(headWord);
            if (fromPerson is not null && (fromSpeaker is null || (fromPerson.Span.Start > fromSpeaker.Position && (personByHead || !speakerByHead))))
            {
                var byRole = new SpeakerMention(span, text) { Antecedent = fromPerson.Span };
                return new Seen(byRole, position, WordsOf(fromPerson.Role), EntityType.Person, true);
            }

            return fromSpeaker is null ? null : Copy(fromSpeaker, span, text);
        }
    }

    private static Seen Copy(Seen previous, Text.Span span, string text)
    {
        var mention = new SpeakerMention(span, text)
        {
            Antecedent = previous.Mention.Antecedent ?? previous.Mention.Span,
            Anonymous = previous.Mention.Anonymous,
            Description = previous.Mention.Description,
            Source = previous.Mention.Source,
        };
        return previous with { Mention = mention, Position = span.Start };
    }

    /// <summary>
    /// A description fits a candidate when every describing word (ranks like "top" aside) is among
    /// the candidate's words, and its head noun is too, unless that head is generic ("official")
    /// and the candidate is a titled name.
    /// </summary>
    private static bool Fits(HashSet<string> description, string head, HashSet<string> candidate, bool titledName)
    {
        foreach (var word in description)
        {
            if (word == head || SpeakerLexicon.DefiniteDeterminers.Contains(word) || SpeakerLexicon.RankWords.Contains(word)
                || SpeakerLexicon.Partitives.Contains(word) || word == "of")
            {
                continue;
            }

            if (!candidate.Contains(word))
            {
                return false;
            }
        }

        return candidate.Contains(head) || (titledName && SpeakerLexicon.GenericHeads.Contains(head));
    }

    private static bool HasSpecificWord(HashSet<string> description, string head) =>
        description.Any(w => !SpeakerLexicon.DefiniteDeterminers.Contains(w) && !SpeakerLexicon.RankWords.Contains(w)
            && !SpeakerLexicon.GenericHeads.Contains(w) && !SpeakerLexicon.Partitives.Contains(w) && w != "of")
        || !SpeakerLexicon.GenericHeads.Contains(head);

    private bool IsPlural(Seen seen) => seen.Mention.Span is { } span && t.Lower[t.TokenAtOrAfter(span.End) - 1].EndsWith('s');

    /// <summary>"an unnamed U.S. official, who spoke ..." becomes "US official".</summary>
    private string Describe(SpeakerPhrase phrase)
    {
        var parts = new List<string>();
        for (var k = phrase.First; k <= phrase.Last && t.Lower[k] != ","; k++)
        {
            var lower = t.Lower[k];
            if ((parts.Count == 0 && lower is "a" or "an" or "the") || lower is "unnamed" or "anonymous" || !t.IsWord(k))
            {
                continue;
            }

            var word = t.Word(k);
            parts.Add(word.Contains('.', StringComparison.Ordinal) && word.All(ch => ch == '.' || char.IsUpper(ch)) ? word.Replace(".", "", StringComparison.Ordinal) : word);
        }

        return string.Join(' ', parts);
    }

    private static HashSet<string> WordsOf(string? phrase)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (phrase is null)
        {
            return set;
        }

        foreach (var word in phrase.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            set.Add(Normalize(word.ToLowerInvariant()));
        }

        return set;
    }

    /// <summary>Lower case, no dots, singular: "U.S." and "US" match, so do "officials" and "official".</summary>
    private static string Normalize(string lower)
    {
        var word = lower.Replace(".", "", StringComparison.Ordinal);
        return word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
    }
}
