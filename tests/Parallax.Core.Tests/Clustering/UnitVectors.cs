using Parallax.Clustering;

namespace Parallax.Core.Tests.Clustering;

/// <summary>Builds the unit term vectors clustering compares, from (term, weight) pairs.</summary>
internal static class UnitVectors
{
    public static TermVector Of(params (string Term, double Weight)[] weights)
    {
        var vector = new TermVector();
        foreach (var (term, weight) in weights)
        {
            vector.Add(term, weight);
        }

        return vector.Normalized();
    }
}
