using Parallax.Entities.Lexicons;

namespace Parallax.Entities;

/// <summary>
/// Headlines capitalize every word ("U.S. To Rethink Pulling Out Troops") or shout in capitals, so
/// capitalization says nothing there. Inside them only lexicon entries and names already found in
/// the article body are taken.
/// </summary>
internal static class HeadlineStyle
{
    private static readonly HashSet<string> MinorWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "from", "with", "as", "vs",
    };

    public static bool IsHeadline(IReadOnlyList<NamePiece> pieces)
    {
        var words = pieces.Where(p => p.IsWord && !p.HasDigit && !MinorWords.Contains(p.Text)).ToList();
        if (words.Count < 3)
        {
            return false;
        }

        var allCaps = words.Count(p => p.IsAllCaps && p.Text.Length > 1);
        if (allCaps >= 0.75 * words.Count)
        {
            return true;
        }

        // Title case: headlines carry no final full stop, and short sentences full of names are not headlines.
        var capitalized = words.Count(p => p.IsNameLike);
        return words.Count >= 4 && pieces[^1].Text != "." && capitalized >= 0.75 * words.Count;
    }

    public static IEnumerable<EntityMention> FindKnownNames(string text, IReadOnlyList<NamePiece> pieces, IReadOnlyDictionary<string, EntityType> known)
    {
        var shouting = pieces.Count(p => p.IsAllCaps && p.Text.Length > 1) > pieces.Count(p => p.IsWord) / 2;
        var words = Enumerable.Range(0, pieces.Count).Where(k => pieces[k].IsWord).ToList();
        var i = 0;
        while (i < words.Count)
        {
            var matched = 0;
            for (var length = Math.Min(4, words.Count - i); length >= 1 && matched == 0; length--)
            {
                var first = words[i];
                var last = words[i + length - 1];
                if (last - first != length - 1 && !OnlyDotsBetween(pieces, first, last))
                {
                    continue; // the words are not adjacent: punctuation sits between them
                }

                var phrase = string.Join(' ', words.Skip(i).Take(length).Select(k => pieces[k].Text));
                var type = TypeOf(phrase, length, shouting, known);
                if (type is { } found)
                {
                    var span = NameRun.SpanOf(pieces, first, last);
                    yield return new EntityMention(span, found, span.Of(text));
                    matched = length;
                }
            }

            i += Math.Max(matched, 1);
        }
    }

    private static EntityType? TypeOf(string phrase, int length, bool shouting, IReadOnlyDictionary<string, EntityType> known)
    {
        if (CommonCapitalizedWords.IsCommon(phrase) || CommonCapitalizedWords.IsCalendarWord(phrase))
        {
            return null;
        }

        if (NameLexicon.TypeOf(phrase, allowAcronym: !shouting) is { } type)
        {
            return type;
        }

        if (known.TryGetValue(phrase, out var seen))
        {
            return seen;
        }

        return length == 1 && NameParticles.HasArticlePrefix(phrase) && !shouting ? EntityType.Person : null;
    }

    private static bool OnlyDotsBetween(IReadOnlyList<NamePiece> pieces, int first, int last)
    {
        for (var k = first + 1; k < last; k++)
        {
            if (!pieces[k].IsWord && pieces[k].Text != ".")
            {
                return false;
            }
        }

        return true;
    }
}
