using System.Globalization;
using System.Text;
using Parallax.Entities.Lexicons;

namespace Parallax.Entities.Resolution;

/// <summary>
/// Spelling-tolerant comparison of name words, built for transliterated names: "Qadiri", "Kadiri"
/// and "Gadiri", or "Gaddafi", "Qaddafi" and "Kadhafi", reduce to the same key because letters that
/// transliterate one sound are folded into one class (k/q/g/kh, d/dh/z/th, e/i/y, o/u/w), "h" after
/// the first letter and doubled letters are dropped, and Arabic article prefixes are removed.
/// </summary>
internal static class NamePhonetics
{
    public static string Key(string word)
    {
        var letters = Letters(word[NameParticles.ArticlePrefixLength(word)..]);
        var folded = new StringBuilder(letters.Length);
        for (var i = 0; i < letters.Length; i++)
        {
            var c = letters[i];
            var next = i + 1 < letters.Length ? letters[i + 1] : '\0';
            if (next == 'h' && c is 'k' or 'g' or 'd' or 't' or 's' or 'p' or 'c' or 'z')
            {
                folded.Append(c switch { 'k' or 'g' => 'k', 'd' or 't' or 'z' => 'd', 'p' => 'f', _ => 's' });
                i++;
                continue;
            }

            if (c == 'h' && i > 0)
            {
                continue;
            }

            folded.Append(c switch
            {
                'q' or 'g' or 'c' => 'k',
                'z' => 'd',
                'e' or 'y' => 'i',
                'o' or 'w' => 'u',
                'v' => 'f',
                'j' => 'y',
                _ => c,
            });
        }

        return CollapseDoubles(folded.ToString());
    }

    /// <summary>The key without its vowels: the consonant frame of a name.</summary>
    public static string Skeleton(string word) =>
        CollapseDoubles(new string([.. Key(word).Where(c => c is not ('a' or 'i' or 'u'))]));

    /// <summary>
    /// Same key, or the same consonant frame with at most one vowel differing ("Mohammed" and
    /// "Muhammad"). "Hassan" and "Hussein" share a frame but differ in two vowels, so they stay apart.
    /// </summary>
    public static bool SameName(string a, string b)
    {
        var keyA = Key(a);
        var keyB = Key(b);
        if (keyA == keyB)
        {
            return keyA.Length > 0;
        }

        return Math.Min(keyA.Length, keyB.Length) >= 4 && Skeleton(a) == Skeleton(b) && EditDistance(keyA, keyB) <= 1;
    }

    public static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }

    private static string Letters(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var letters = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                letters.Append(char.ToLowerInvariant(c));
            }
        }

        return letters.ToString();
    }

    private static string CollapseDoubles(string value)
    {
        var result = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (result.Length == 0 || result[^1] != c)
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
