namespace Parallax.Clustering;

/// <summary>
/// A sparse bag of weighted terms. Used for article vectors, story centroids and sentence vectors;
/// similarity is always the cosine, so vectors can be summed without normalizing first.
/// </summary>
internal sealed class TermVector
{
    private readonly Dictionary<string, double> _weights = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, double> Weights => _weights;

    public bool IsEmpty => _weights.Count == 0;

    public void Add(string term, double weight) =>
        _weights[term] = _weights.GetValueOrDefault(term) + weight;

    public void AddScaled(TermVector other, double factor)
    {
        foreach (var (term, weight) in other._weights)
        {
            Add(term, weight * factor);
        }
    }

    public double Norm() => Math.Sqrt(_weights.Values.Sum(w => w * w));

    /// <summary>A copy scaled to unit length, so that every member counts equally in a centroid.</summary>
    public TermVector Normalized()
    {
        var result = new TermVector();
        var norm = Norm();
        if (norm > 0)
        {
            result.AddScaled(this, 1 / norm);
        }

        return result;
    }

    public double Dot(TermVector other)
    {
        var (small, large) = _weights.Count <= other._weights.Count ? (this, other) : (other, this);
        var sum = 0.0;
        foreach (var (term, weight) in small._weights)
        {
            if (large._weights.TryGetValue(term, out var w))
            {
                sum += weight * w;
            }
        }

        return sum;
    }

    public static double Cosine(TermVector a, TermVector b)
    {
        var norms = a.Norm() * b.Norm();
        return norms == 0 ? 0 : a.Dot(b) / norms;
    }

    /// <summary>The heaviest terms: the ones worth indexing for candidate retrieval.</summary>
    public IEnumerable<string> TopTerms(int count) =>
        _weights.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(count).Select(p => p.Key);
}
