namespace Parallax.Cleaning;

/// <summary>
/// Cheap checks that run before any parsing, so that a mislabeled image or archive is refused with a
/// clear reason instead of producing an "article" of garbage characters.
/// </summary>
internal static class InputScreening
{
    // Real text has at most a stray control character; binary data decoded as text has many.
    private const double MaxControlShare = 0.02;

    public static void ThrowIfNotText(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            throw new ArticleRejectedException("The input is empty.");
        }

        var suspicious = 0;
        foreach (var c in input)
        {
            if ((char.IsControl(c) && c is not '\n' and not '\r' and not '\t' and not '\f') || c == '\uFFFD')
            {
                suspicious++;
            }
        }

        if (suspicious > 0 && suspicious >= input.Length * MaxControlShare)
        {
            throw new ArticleRejectedException(
                $"The input looks like binary data ({suspicious} NUL, control or undecodable characters in {input.Length}).");
        }
    }
}
