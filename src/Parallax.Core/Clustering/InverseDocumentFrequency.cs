namespace Parallax.Clustering;

/// <summary>
/// Inverse document frequencies over one collection (articles for clustering, sentences for a
/// briefing), and the TF-IDF vectors built from them. Term frequency is damped with a logarithm so
/// a word repeated ten times does not outweigh ten different shared words. A stream starts empty
/// and observes each document as it arrives, so its frequencies are always those seen so far.
/// </summary>
internal sealed class InverseDocumentFrequency
{
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private int _documents;

    public InverseDocumentFrequency()
    {
    }

    public InverseDocumentFrequency(IEnumerable<IEnumerable<string>> documents)
    {
        foreach (var document in documents)
        {
            Observe(document);
        }
    }

    public int Terms => _documentFrequency.Count;

    /// <summary>Counts one more document with these terms (repeats count once).</summary>
    public void Observe(IEnumerable<string> document) => ObserveDistinct(document.Distinct(StringComparer.Ordinal));

    /// <summary>Counts one more document whose distinct terms these are.</summary>
    public void ObserveDistinct(IEnumerable<string> distinctTerms)
    {
        _documents++;
        foreach (var term in distinctTerms)
        {
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_documentFrequency, term, out _)++;
        }
    }

    /// <summary>The unit-length TF-IDF vector of terms whose weighted frequencies are already summed.</summary>
    public TermVector UnitVector(IReadOnlyList<KeyValuePair<string, double>> frequencies)
    {
        var weights = new double[frequencies.Count];
        var terms = new string[frequencies.Count];
        var squares = 0.0;
        var lookup = _documentFrequency.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < weights.Length; i++)
        {
            // The collection's own copy of the term: vectors kept for long (story centroids) then
            // share one string per term instead of holding every article's copy.
            var (term, frequency) = frequencies[i];
            terms[i] = lookup.TryGetValue(term, out var stored, out var documents) ? stored : term;
            weights[i] = Math.Log(1 + frequency) * Idf(documents);
            squares += weights[i] * weights[i];
        }

        var vector = new TermVector();
        var norm = Math.Sqrt(squares);
        for (var i = 0; i < weights.Length && norm > 0; i++)
        {
            vector.Add(terms[i], weights[i] / norm);
        }

        return vector;
    }

    public double Of(string term) => Idf(_documentFrequency.GetValueOrDefault(term));

    private double Idf(int documentFrequency) => Math.Log((_documents + 1.0) / (documentFrequency + 1.0)) + 1.0;

    /// <summary>A TF-IDF vector from (term, weight) occurrences; the weight lets names and title words count more.</summary>
    public TermVector Vector(IEnumerable<(string Term, double Weight)> occurrences)
    {
        var frequencies = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (term, weight) in occurrences)
        {
            frequencies[term] = frequencies.GetValueOrDefault(term) + weight;
        }

        var vector = new TermVector();
        foreach (var (term, frequency) in frequencies)
        {
            vector.Add(term, Math.Log(1 + frequency) * Of(term));
        }

        return vector;
    }

    public TermVector Vector(IEnumerable<string> terms) => Vector(terms.Select(t => (t, 1.0)));
}
