using Parallax.Entities.Lexicons;

namespace Parallax.Entities;

/// <summary>Lexicon look-ups shared by body text and headline handling.</summary>
internal static class NameLexicon
{
    /// <summary>The type a lexicon gives a whole phrase, or null when no lexicon knows it.</summary>
    public static EntityType? TypeOf(string phrase, bool allowAcronym)
    {
        if (PlaceGazetteer.Contains(phrase))
        {
            return EntityType.Location;
        }

        if (OrganizationLexicon.IsKnownName(phrase))
        {
            return EntityType.Organization;
        }

        if (Demonyms.Contains(phrase))
        {
            return EntityType.Misc;
        }

        return allowAcronym && IsAcronym(phrase) && !CommonCapitalizedWords.IsCommonAbbreviation(phrase) ? EntityType.Organization : null;
    }

    /// <summary>"NATO", "U.N.", "ISIS": 2 to 6 capitals, no digits. Longer all-caps words are shouting.</summary>
    public static bool IsAcronym(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (c is not ('.' or '&'))
            {
                return false;
            }
        }

        return letters is >= 2 and <= 6;
    }

    public static bool HasOrganizationKeyword(IEnumerable<string> words) => words.Any(OrganizationLexicon.IsKeyword);

    /// <summary>A phrase a lexicon claims for something other than a person.</summary>
    public static bool IsNonPerson(IReadOnlyList<string> words)
    {
        var phrase = string.Join(' ', words);
        return TypeOf(phrase, allowAcronym: true) is not null || HasOrganizationKeyword(words);
    }
}
