using System.Text;

namespace Parallax.Entities.Ner;

/// <summary>
/// Word shapes: "Baghdad" → "Xxxxxxx" (long) and "Xx" (short: runs collapsed), "1996-08-22" →
/// "dddd-dd-dd" / "d-d-d", "al-Qadiri" → "x-X". Shapes generalize capitalization, digits and
/// punctuation over words never seen in training.
/// </summary>
internal static class WordShape
{
    public static char ClassOf(char c) =>
        char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;

    public static ulong LongHash(ReadOnlySpan<char> word)
    {
        // Words longer than a few letters differ only in length, which says little; cap the run.
        Span<char> shape = stackalloc char[Math.Min(word.Length, 12)];
        for (var i = 0; i < shape.Length; i++)
        {
            shape[i] = ClassOf(word[i]);
        }

        return FeatureHash.Of(shape);
    }

    public static ulong ShortHash(ReadOnlySpan<char> word)
    {
        Span<char> shape = stackalloc char[Math.Min(word.Length, 16)];
        var length = WriteShort(word, shape);
        return FeatureHash.Of(shape[..length]);
    }

    public static string Short(string word)
    {
        Span<char> shape = stackalloc char[Math.Min(word.Length, 16)];
        return new string(shape[..WriteShort(word, shape)]);
    }

    public static string Long(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word.AsSpan(0, Math.Min(word.Length, 12)))
        {
            builder.Append(ClassOf(c));
        }

        return builder.ToString();
    }

    private static int WriteShort(ReadOnlySpan<char> word, Span<char> shape)
    {
        var length = 0;
        foreach (var c in word)
        {
            var cls = ClassOf(c);
            if ((length == 0 || shape[length - 1] != cls) && length < shape.Length)
            {
                shape[length++] = cls;
            }
        }

        return length;
    }

    public static bool IsCapitalized(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    public static bool HasLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsAllCaps(ReadOnlySpan<char> word) => HasLetter(word) && !word.ContainsAnyInRange('a', 'z') && !HasLower(word);

    private static bool HasLower(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }
}
