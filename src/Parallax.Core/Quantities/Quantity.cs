using Parallax.Text;

namespace Parallax.Quantities;

/// <summary>
/// A number stated in the text with what it counts: "approximately 2,500 U.S. troops" has value
/// 2500, counted "U.S. troops", approximation "approximately". <see cref="Uncertain"/> flags
/// figures that look garbled (for example "from 3 to 2,5" in translated copy).
/// </summary>
public sealed record Quantity(Span Span, decimal Value)
{
    public string? Unit { get; init; }
    public string? Counted { get; init; }
    public string? Approximation { get; init; }
    public bool Uncertain { get; init; }
}
