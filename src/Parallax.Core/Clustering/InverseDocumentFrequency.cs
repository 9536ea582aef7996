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

    public double Of(string term) => Idf(_documents, _documentFrequency.GetValueOrDefault(term));

    /// <summary>Smoothed IDF, shared with <see cref="StreamVocabulary"/> so both weight terms alike.</summary>
    internal static double Idf(int documents, int documentFrequency) => Math.Log((documents + 1.0) / (documentFrequency + 1.0)) + 1.0;

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
