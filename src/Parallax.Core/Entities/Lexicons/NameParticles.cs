namespace Parallax.Entities.Lexicons;

/// <summary>
/// Lower-case words that sit inside personal names ("Osama bin Laden", "Ursula von der Leyen") and
/// the article prefixes glued to Arabic surnames ("al-", "el-"), which spelling varies freely.
/// </summary>
internal static class NameParticles
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "bin", "ibn", "bint", "van", "von", "der", "den", "de", "da", "das", "do", "dos", "del", "della", "di",
        "du", "la", "le", "al", "el", "ter", "ben", "abu",
    };

    private static readonly string[] Prefixes = ["al-", "el-", "al\u2011", "el\u2011", "ad-", "as-", "ash-", "at-", "az-", "an-", "ar-"];

    /// <summary>A lower-case connector allowed between two capitalized name words.</summary>
    public static bool IsParticle(string word) => Particles.Contains(word);

    /// <summary>True for "al-Qadiri", "Al-Gadiri", "el-Sisi": an Arabic article glued to a capitalized name.</summary>
    public static bool HasArticlePrefix(string word) => ArticlePrefixLength(word) > 0;

    public static int ArticlePrefixLength(string word)
    {
        foreach (var prefix in Prefixes)
        {
            if (word.Length > prefix.Length && word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && char.IsLetter(word[prefix.Length]))
            {
                return prefix.Length;
            }
        }

        return 0;
    }
}
