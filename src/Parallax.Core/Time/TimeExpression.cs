using Parallax.Text;

namespace Parallax.Time;

/// <summary>
/// A time expression normalized against the article's publication date. <see cref="Value"/> uses
/// TimeML notation: "2021-07-26", "2021-07", "2021", "2021-W30", "P18Y", "PRESENT_REF"; null when
/// the expression cannot be resolved (for example a weekday in an undated article).
/// <see cref="Modifier"/> is a TimeML mod such as "END", "START", "APPROX", "BEFORE".
/// </summary>
public sealed record TimeExpression(Span Span, TimexType Type, string? Value)
{
    public string? Modifier { get; init; }
}
