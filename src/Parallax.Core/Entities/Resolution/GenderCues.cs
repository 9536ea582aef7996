using Parallax.Entities.Lexicons;

namespace Parallax.Entities.Resolution;

/// <summary>
/// Reads a person mention's gender from what the writer stated: a gendered honorific or title
/// ("Mrs", "Sir", "spokeswoman", "King") before the name or in its role, else a given name that is
/// mostly borne by one sex. "Mr Okafor" and "Grace Okafor" then cannot be the same person.
/// </summary>
internal static class GenderCues
{
    private static readonly HashSet<string> MaleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "sir", "lord", "king", "prince", "emir", "sultan", "sheikh", "father", "brother",
        "spokesman", "chairman", "congressman", "businessman", "councilman", "policeman",
    };

    private static readonly HashSet<string> FemaleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess", "sister", "mother",
        "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman", "policewoman",
    };

    private const int LookBehind = 40;

    public static Gender Of(ResolvedMention person, PersonName? name)
    {
        var mention = person.Mention;
        var stated = Stated(TitleWordsBefore(person.ArticleText, mention.Span.Start).Concat(LeadingTitleWords(mention.Text)));
        if (stated == Gender.Unknown && mention.Role is { } role)
        {
            stated = Stated(role.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        if (stated != Gender.Unknown || name?.Given is not { } given)
        {
            return stated;
        }

        return GivenNames.IsFemale(given) switch
        {
            true => Gender.Female,
            false => Gender.Male,
            null => Gender.Unknown,
        };
    }

    /// <summary>
    /// The honorific and title words right before the name ("Mr" in "said Mr Okafor"): the recognizer
    /// leaves honorifics out of the mention's span.
    /// </summary>
    private static IEnumerable<string> TitleWordsBefore(string text, int start)
    {
        var from = Math.Max(0, start - LookBehind);
        var words = text[from..start].Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return words.Reverse().TakeWhile(IsCue);
    }

    /// <summary>Only the words before the name count: "Carole King" is not a king.</summary>
    private static IEnumerable<string> LeadingTitleWords(string mentionText) =>
        mentionText.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeWhile(IsCue);

    private static bool IsCue(string word)
    {
        var bare = word.TrimEnd('.');
        return PersonTitles.IsTitleWord(bare) || MaleWords.Contains(bare) || FemaleWords.Contains(bare);
    }

    public static bool Compatible(Gender a, Gender b) => a == Gender.Unknown || b == Gender.Unknown || a == b;

    private static Gender Stated(IEnumerable<string> words)
    {
        foreach (var word in words.Select(w => w.TrimEnd('.', ',')))
        {
            if (MaleWords.Contains(word))
            {
                return Gender.Male;
            }

            if (FemaleWords.Contains(word))
            {
                return Gender.Female;
            }
        }

        return Gender.Unknown;
    }
}
