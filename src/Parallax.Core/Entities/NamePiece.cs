using Parallax.Text;

namespace Parallax.Entities;

/// <summary>
/// A word or mark of one sentence as the entity stage sees it: possessive endings are cut off
/// ("Iraq's" -> "Iraq") and hyphenated compounds such as "US-led" or "US-Iraq" are split so that
/// their name parts can be tagged on their own.
/// </summary>
internal readonly record struct NamePiece(Span Span, string Text, bool IsWord, bool Possessive)
{
    public bool IsCapitalized => IsWord && char.IsUpper(Text[0]);

    /// <summary>Capitalized, or an Arabic article glued to a capitalized name ("al-Qadiri").</summary>
    public bool IsNameLike
    {
        get
        {
            if (!IsWord)
            {
                return false;
            }

            var prefix = Lexicons.NameParticles.ArticlePrefixLength(Text);
            return char.IsUpper(Text[prefix]);
        }
    }

    public bool IsAllCaps => IsWord && Text.Any(char.IsLetter) && !Text.Any(char.IsLower);

    public bool HasDigit => Text.Any(char.IsDigit);
}
