using Parallax.Entities.Lexicons;
using Parallax.Text;

namespace Parallax.Entities;

/// <summary>
/// Decides what a capitalized run of running text names: strips sentence-start words, splits a
/// leading title off a person's name (keeping it, with its nationality or organization modifiers,
/// as the role), then applies the lexicons, organization head words and person cues in that order.
/// </summary>
internal sealed class NameRunClassifier(string text, IReadOnlyList<NamePiece> pieces, ISet<string> lowercaseWords)
{
    private readonly NameContext _context = new(pieces);

    private readonly int _firstWord = pieces.ToList().FindIndex(p => p.IsWord);

    public IEnumerable<EntityCandidate> Classify(NameRun run)
    {
        var whole = NameRun.WordsText(pieces, run.First, run.Last);
        if (NameLexicon.TypeOf(whole, allowAcronym: true) is { } known)
        {
            return [Candidate(run.First, run.Last, known)];
        }

        var first = run.First;
        while (first <= run.Last && ShouldStrip(first))
        {
            first = NextNameStart(first, run.Last);
        }

        return first > run.Last ? [] : ClassifyStripped(first, run.Last, IsClauseStart(run.First));
    }

    private List<EntityCandidate> ClassifyStripped(int first, int last, bool clauseInitial)
    {
        var wordPieces = Enumerable.Range(first, last - first + 1).Where(k => pieces[k].IsWord || pieces[k].Text == "&").ToList();
        var words = wordPieces.Select(k => pieces[k].Text).ToList();
        var results = new List<EntityCandidate>();

        var (titleStart, titleEnd) = FindTitle(words);
        if (titleEnd > 0)
        {
            AddModifiers(results, wordPieces, 0, titleStart);
            if (titleEnd < words.Count)
            {
                var nameFirst = wordPieces[titleEnd];
                var roleWords = words.Skip(titleStart).Take(titleEnd - titleStart);
                var isHonorific = roleWords.All(PersonTitles.IsHonorific);
                var roleSpan = NameRun.SpanOf(pieces, first, TrailingDot(wordPieces[titleEnd - 1]));
                results.Add(Candidate(nameFirst, last, EntityType.Person, isHonorific ? null : roleSpan));
            }

            return results;
        }

        var phrase = string.Join(' ', words);
        if (NameLexicon.TypeOf(phrase, allowAcronym: true) is { } type)
        {
            return [Candidate(first, last, type)];
        }

        if (words.Count > 1 && NameLexicon.HasOrganizationKeyword(words))
        {
            return [Candidate(first, last, EntityType.Organization)];
        }

        if (words.Count > 1 && PlaceGazetteer.IsPlaceHeadWord(words[^1]))
        {
            return [Candidate(first, last, EntityType.Location)];
        }

        if (words.Count <= 4 && _context.LowercaseRoleBefore(first, words.Count) is { } role)
        {
            return [Candidate(first, last, EntityType.Person, role)];
        }

        if (words.Count <= 3 && _context.AfterPlaceKind(first))
        {
            return [Candidate(first, last, EntityType.Location)];
        }

        if (LooksLikePerson(first, last, words))
        {
            return [Candidate(first, last, EntityType.Person)];
        }

        // Model numbers ("F16"), single letters and party-state tags ("R-Texas") are not names.
        if (words.Count == 1 && (pieces[first].HasDigit || words[0].Length < 2 || words[0].IndexOf('-', StringComparison.Ordinal) == 1))
        {
            return [];
        }

        return [new EntityCandidate(Mention(first, last, EntityType.Misc, null), IsGuess: true, SentenceInitial: clauseInitial)];
    }

    /// <summary>The title with the furthest end ("Press Secretary" in "Pentagon Press Secretary Ilse Varga").</summary>
    private static (int Start, int End) FindTitle(List<string> words)
    {
        var best = (Start: 0, End: 0);
        for (var k = 0; k < words.Count; k++)
        {
            var length = PersonTitles.MatchAt(words, k);
            if (length == 0)
            {
                continue;
            }

            var end = ExtendThroughOf(words, k + length);
            if (end > best.End && IsNameAfterTitle(words, end))
            {
                best = (k, end);
            }
        }

        return best;
    }

    /// <summary>
    /// "President of France Emmanuel Roche", "Minister of Fisheries Ali Nasser": the "of" phrase belongs
    /// to the title. It ends after a known place or organization, or right before a known given name.
    /// </summary>
    private static int ExtendThroughOf(List<string> words, int end)
    {
        if (end >= words.Count - 1 || words[end] != "of")
        {
            return end;
        }

        var start = words[end + 1] == "the" ? end + 2 : end + 1;
        for (var length = Math.Min(4, words.Count - start - 1); length >= 1; length--)
        {
            if (NameLexicon.TypeOf(string.Join(' ', words.Skip(start).Take(length)), allowAcronym: true) is not null)
            {
                return start + length;
            }
        }

        for (var k = start + 1; k < words.Count && k <= start + 3; k++)
        {
            if (GivenNames.Contains(words[k]))
            {
                return k;
            }
        }

        // "Minister of Internal Affairs Oleksandr Hrytsenko": the portfolio's last word ends the title.
        for (var k = Math.Min(start + 3, words.Count - 2); k >= start; k--)
        {
            if (ContextNouns.EndsPortfolio(words[k]))
            {
                return k + 1;
            }
        }

        return end;
    }

    private static bool IsNameAfterTitle(List<string> words, int nameStart)
    {
        if (nameStart == words.Count)
        {
            return true; // a title with no name: only its modifiers are entities
        }

        var name = words.Skip(nameStart).ToList();
        return !NameParticles.IsParticle(name[0]) && name[0] != "of" && !NameLexicon.IsNonPerson(name);
    }

    /// <summary>Entities inside a role's modifiers: "US" in "US President", "Pentagon" in "Pentagon Press Secretary".</summary>
    private void AddModifiers(List<EntityCandidate> results, List<int> wordPieces, int from, int to)
    {
        var k = from;
        while (k < to)
        {
            var matched = 0;
            for (var length = to - k; length >= 1 && matched == 0; length--)
            {
                var phrase = string.Join(' ', wordPieces.Skip(k).Take(length).Select(p => pieces[p].Text));
                var type = NameLexicon.TypeOf(phrase, allowAcronym: true)
                    ?? (length > 1 && OrganizationLexicon.IsKeyword(pieces[wordPieces[k + length - 1]].Text) ? EntityType.Organization : null);
                if (type is { } found)
                {
                    results.Add(Candidate(wordPieces[k], wordPieces[k + length - 1], found));
                    matched = length;
                }
            }

            k += Math.Max(matched, 1);
        }
    }

    private bool LooksLikePerson(int first, int last, List<string> words)
    {
        if (words.Count > 4)
        {
            return false;
        }

        var hasParticle = Enumerable.Range(first, last - first + 1)
            .Any(k => NameParticles.HasArticlePrefix(pieces[k].Text) || (pieces[k].IsWord && NameParticles.IsParticle(pieces[k].Text)));
        if (hasParticle || (words.Count >= 2 && GivenNames.Contains(words[0])))
        {
            return true;
        }

        // "X said", "X, told", and "said X".
        var verbAt = last + 1 < pieces.Count && pieces[last + 1].Text == "," ? last + 2 : last + 1;
        var next = verbAt < pieces.Count && CommonCapitalizedWords.IsReportingVerb(pieces[verbAt].Text);
        var previous = first > 0 && CommonCapitalizedWords.IsReportingVerb(pieces[first - 1].Text);
        return (next || previous) && words.Count <= 3 && !pieces[last].Possessive;
    }

    private bool ShouldStrip(int k)
    {
        var word = pieces[k].Text;
        if (CommonCapitalizedWords.IsCommon(word) || CommonCapitalizedWords.IsCommonAbbreviation(word))
        {
            return true;
        }

        if (!IsClauseStart(k) || PersonTitles.IsTitleWord(word) || GivenNames.Contains(word) || NameParticles.HasArticlePrefix(word)
            || NameLexicon.TypeOf(word, allowAcronym: true) is not null)
        {
            return false;
        }

        return lowercaseWords.Contains(word.ToLowerInvariant()) || word.EndsWith("ly", StringComparison.Ordinal);
    }

    /// <summary>Sentence starts, and words right after a colon, an opening quote or a dash, are capitalized by grammar.</summary>
    private bool IsClauseStart(int k) =>
        k == _firstWord || (k > 0 && pieces[k - 1].Text is ":" or "\"" or "\u201C" or "\u2018" or "\u2014" or "\u2013" or "-" or "\u2022" or ";");

    private int NextNameStart(int k, int last)
    {
        k++;
        while (k <= last && !NameRun.StartsName(pieces, k))
        {
            k++;
        }

        return k;
    }

    private int TrailingDot(int k) => k + 1 < pieces.Count && pieces[k + 1].Text == "." ? k + 1 : k;

    private EntityCandidate Candidate(int first, int last, EntityType type, Span? role = null) => new(Mention(first, last, type, role));

    private EntityMention Mention(int first, int last, EntityType type, Span? role)
    {
        var span = NameRun.SpanOf(pieces, first, last);
        return new EntityMention(span, type, span.Of(text)) { Role = role?.Of(text), RoleSpan = role };
    }
}
