using Parallax.Entities.Lexicons;

namespace Parallax.Entities.Resolution;

/// <summary>
/// A person mention split into given name and surname, with titles, honorifics, particles and
/// Arabic article prefixes removed ("Dr. Layla al-Khadhimi" -> Layla / Khadhimi).
/// </summary>
internal sealed record PersonName(string? Given, string Surname)
{
    public bool IsFull => Given is not null;

    public static PersonName? Parse(string surface)
    {
        var words = EntityRecognizer.NameWords(surface).Where(w => w.Any(char.IsLetter)).ToList();
        while (words.Count > 1 && PersonTitles.IsTitleWord(words[0]))
        {
            words.RemoveAt(0);
        }

        return words.Count switch
        {
            0 => null,
            1 => new PersonName(null, words[0]),
            _ => new PersonName(words[0], words[^1]),
        };
    }

    /// <summary>Same surname and compatible given names (equal, an initial of each other, or one missing).</summary>
    public bool SamePersonAs(PersonName other)
    {
        if (!NamePhonetics.SameName(Surname, other.Surname))
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

        return NamePhonetics.SameName(Given, other.Given);
    }

    /// <summary>A one-word mention ("Hussein") names this person by surname or by given name.</summary>
    public bool IsCalledBy(string word, bool byGivenName) =>
        byGivenName ? Given is not null && NamePhonetics.SameName(Given, word) : NamePhonetics.SameName(Surname, word);
}
