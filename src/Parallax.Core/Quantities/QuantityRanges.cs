using System.Text.RegularExpressions;
using Parallax.Text;

namespace Parallax.Quantities;

/// <summary>A quantity found on a first pass, with what range completion needs to know.</summary>
internal sealed record RangeCandidate(Quantity Quantity, Span Core, decimal Scale)
{
    public bool HasScale => Scale != 1m;
}

/// <summary>
/// Completes the lower bound of ranges ("from 3 to 5 million troops", "between 20 and 30 km"):
/// English states the scale, unit and counted noun once, after the upper bound. A range whose
/// bound is uncertain makes the other uncertain too: in "from 3 to 2,5" neither reading can be
/// trusted once one of them uses an ambiguous separator.
/// </summary>
internal static class QuantityRanges
{
    private static readonly Regex Joint = new(@"^\s*(?:to|and|-|–|—|or)\s*$", RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);

    public static IEnumerable<Quantity> Complete(string text, List<RangeCandidate> found)
    {
        var result = found.Select(f => f.Quantity).ToList();
        for (var i = 0; i + 1 < found.Count; i++)
        {
            var low = found[i];
            var high = found[i + 1];
            if (low.Quantity.Unit == "ordinal" || high.Quantity.Unit == "ordinal" || low.Quantity.Span.End > high.Quantity.Span.Start
                || !Joint.IsMatch(text[low.Quantity.Span.End..high.Core.Start].Replace(high.Quantity.Approximation ?? "\u0000", string.Empty, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var lowQ = result[i];
            var highQ = result[i + 1];
            var value = lowQ.Value;
            if (!low.HasScale && high.HasScale && lowQ.Unit is null)
            {
                value *= high.Scale;
            }

            result[i] = lowQ with
            {
                Value = value,
                Unit = lowQ.Unit ?? highQ.Unit,
                Counted = lowQ.Counted ?? highQ.Counted,
                Uncertain = lowQ.Uncertain || highQ.Uncertain,
            };
            result[i + 1] = highQ with { Uncertain = lowQ.Uncertain || highQ.Uncertain };
        }

        return result;
    }
}
