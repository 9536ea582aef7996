using Parallax.Entities.Lexicons;

namespace Parallax.Entities.Resolution;

/// <summary>
/// A person mention split into given name and surname, with titles, honorifics, particles and
/// Arabic article prefixes removed ("Dr. Layla al-Khadhimi" -> Layla / Khadhimi). A leading initial
/// gives way to the spelled-out name after it ("W. Mark Felt" -> Mark / Felt), and a generational
/// suffix ("Jr.", "III") is kept apart, since father and son share everything else.
/// </summary>
internal sealed record PersonName(string? Given, string Surname, string? Generation = null)
{
    private static readonly HashSet<string> Generations = new(StringComparer.OrdinalIgnoreCase) { "jr", "sr", "ii", "iii", "iv" };

    /// <summary>A nickname written as the start of the full given name ("Fred" for "Frederick") is this long at least.</summary>
    private const int MinimumShortGivenName = 3;

    /// <summary>"Dan" and "Dana", "Ali" and "Alia" are different names, not a shortening.</summary>
    private const int MinimumLettersDropped = 2;

    public bool IsFull => Given is not null;

    public static PersonName? Parse(string surface)
    {
        var words = EntityRecognizer.NameWords(surface).Select(w => w.Trim(',')).Where(w => w.Any(char.IsLetter)).ToList();
        while (words.Count > 1 && PersonTitles.IsTitleWord(words[0]))
        {
            words.RemoveAt(0);
        }

        string? generation = null;
        if (words.Count > 1 && Generations.Contains(words[^1]))
        {
            generation = words[^1].ToLowerInvariant();
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 0)
        {
            return null;
        }

        if (words.Count == 1)
        {
            return new PersonName(null, words[0], generation);
        }

        var given = words.Take(words.Count - 1).FirstOrDefault(w => w.Length > 1) ?? words[0];
        return new PersonName(given, words[^1], generation);
    }

    /// <summary>Same surname and generation, and compatible given names (equal, an initial or a shortening of each other, or one missing).</summary>
    public bool SamePersonAs(PersonName other)
    {
        if (!NamePhonetics.SameName(Surname, other.Surname) || (Generation is not null && other.Generation is not null && Generation != other.Generation))
        {
            return false;
        }

        if (Given is null || other.Given is null)
        {
            return true;
        }

        if (Given.Length == 1 || other.Given.Length == 1)
        {
            return char.ToUpperInvariant(Given[0]) == char.ToUpperInvariant(other.Given[0]);
        }

        return NamePhonetics.SameName(Given, other.Given) || IsShortening(Given, other.Given) || IsShortening(other.Given, Given);
    }

    /// <summary>A one-word mention ("Hussein") names this person by surname or by given name.</summary>
    public bool IsCalledBy(string word, bool byGivenName) =>
        byGivenName ? Given is not null && NamePhonetics.SameName(Given, word) : NamePhonetics.SameName(Surname, word);

    private static bool IsShortening(string shorter, string longer) =>
        shorter.Length >= MinimumShortGivenName && shorter.Length + MinimumLettersDropped <= longer.Length && longer.StartsWith(shorter, StringComparison.OrdinalIgnoreCase);
}
