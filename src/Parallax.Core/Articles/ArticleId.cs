using System.Security.Cryptography;
using System.Text;

namespace Parallax.Articles;

/// <summary>
/// Derives an article's stable id from its text. Whitespace and case are normalized first so that
/// the same report saved twice with different line endings or spacing gets the same id, which is
/// what makes re-ingesting idempotent.
/// </summary>
public static class ArticleId
{
    public static string FromText(string text)
    {
        var normalized = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = normalized.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                normalized.Append(' ');
                pendingSpace = false;
            }

            normalized.Append(char.ToLowerInvariant(c));
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(normalized.ToString()));
        return Convert.ToHexStringLower(hash, 0, 8);
    }
}
