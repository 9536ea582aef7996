namespace Parallax.Clustering;

/// <summary>
/// The terms a stream has seen, each interned once under an integer id, with document frequencies
/// counted so far (incremental IDF, as <see cref="InverseDocumentFrequency"/> computes it). Turns a
/// prepared article's summed term frequencies into a unit-length TF-IDF <see cref="ClusteringItem"/>.
/// </summary>
internal sealed class StreamVocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<int> _documentFrequency = [];
    private int _documents;

    public int Terms => _ids.Count;

    /// <summary>
    /// Counts the article as one more document (its terms are distinct), then weights each term by
    /// damped frequency times IDF and picks the <paramref name="retrievalTerms"/> heaviest, ties
    /// broken by the term's text so that the choice does not depend on arrival order.
    /// </summary>
    public ClusteringItem UnitVector(string[] terms, double[] frequencies, int retrievalTerms)
    {
        _documents++;
        var ids = new int[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            ref var id = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_ids, terms[i], out var known);
            if (!known)
            {
                id = _documentFrequency.Count;
                _documentFrequency.Add(0);
            }

            _documentFrequency[id]++;
            ids[i] = id;
        }

        var weights = new double[terms.Length];
        var squares = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = Math.Log(1 + frequencies[i]) * InverseDocumentFrequency.Idf(_documents, _documentFrequency[ids[i]]);
            squares += weights[i] * weights[i];
        }

        var norm = Math.Sqrt(squares);
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = norm > 0 ? weights[i] / norm : 0;
        }

        return new ClusteringItem(ids, weights, Heaviest(terms, ids, weights, retrievalTerms));
    }

    /// <summary>Insertion into a short sorted list: the article has ~100 terms and keeps ~10.</summary>
    private static int[] Heaviest(string[] terms, int[] ids, double[] weights, int count)
    {
        var top = new int[Math.Min(count, terms.Length)];
        var filled = 0;
        for (var i = 0; i < terms.Length; i++)
        {
            var at = filled;
            while (at > 0 && Heavier(i, top[at - 1]))
            {
                at--;
            }

            if (at >= top.Length)
            {
                continue;
            }

            // Shift by hand: Array.Copy's call costs more than moving the few entries of a short list.
            for (var k = Math.Min(filled, top.Length - 1); k > at; k--)
            {
                top[k] = top[k - 1];
            }

            top[at] = i;
            filled = Math.Min(filled + 1, top.Length);
        }

        var retrieval = new int[filled];
        for (var k = 0; k < filled; k++)
        {
            retrieval[k] = ids[top[k]];
        }

        return retrieval;

        bool Heavier(int a, int b) =>
            weights[a] > weights[b] || (weights[a] == weights[b] && string.CompareOrdinal(terms[a], terms[b]) < 0);
    }
}
