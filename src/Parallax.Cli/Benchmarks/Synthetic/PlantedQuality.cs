namespace Parallax.Cli.Benchmarks.Synthetic;

/// <summary>
/// Scores streamed placements against the generator's plan without keeping the articles: B³ needs
/// only the size of each predicted and planted story and of each overlap between them, and copy
/// detection only counters. Stories are B³ over all articles (one-off reports count as stories of
/// one); a predicted copy is right when it names the planted original. To apply the stream's
/// story splits it keeps each article's predicted and planted story by arrival number (12 bytes an
/// article), which is what the articles' ids encode.
/// </summary>
internal sealed class PlantedQuality
{
    private readonly Dictionary<(int Predicted, long Planted), int> _overlaps = [];
    private readonly Dictionary<int, int> _predictedSizes = [];
    private readonly Dictionary<long, int> _plantedSizes = [];
    private readonly Dictionary<CopyKind, (int Planted, int Found)> _copiesByKind = [];
    private int _articles;
    private int _predictedCopies;
    private int _rightCopies;
    private readonly List<int> _predictedByArticle = [];
    private readonly List<long> _plantedByArticle = [];

    /// <param name="predicted">The stream's number for the story the article was placed in.</param>
    public void Add(SyntheticArticle planned, int predicted, string? predictedCopyOf)
    {
        _articles++;
        _overlaps[(predicted, planned.Story)] = _overlaps.GetValueOrDefault((predicted, planned.Story)) + 1;
        _predictedSizes[predicted] = _predictedSizes.GetValueOrDefault(predicted) + 1;
        _plantedSizes[planned.Story] = _plantedSizes.GetValueOrDefault(planned.Story) + 1;
        _predictedByArticle.Add(predicted);
        _plantedByArticle.Add(planned.Story);

        var right = predictedCopyOf is not null && predictedCopyOf == planned.CopyOf;
        _predictedCopies += predictedCopyOf is null ? 0 : 1;
        _rightCopies += right ? 1 : 0;
        if (planned.Copy != CopyKind.None)
        {
            var (count, found) = _copiesByKind.GetValueOrDefault(planned.Copy);
            _copiesByKind[planned.Copy] = (count + 1, found + (right ? 1 : 0));
        }
    }

    /// <summary>How many times the stream split a story.</summary>
    public int Splits { get; private set; }

    /// <summary>Applies a split: the given earlier articles now belong to predicted story <paramref name="to"/>.</summary>
    public void Move(IReadOnlyList<string> articleIds, int to)
    {
        Splits++;
        foreach (var id in articleIds)
        {
            var article = SyntheticNewsGenerator.Ordinal(id);
            var (from, planted) = (_predictedByArticle[article], _plantedByArticle[article]);
            Decrement(_overlaps, (from, planted));
            Decrement(_predictedSizes, from);
            _overlaps[(to, planted)] = _overlaps.GetValueOrDefault((to, planted)) + 1;
            _predictedSizes[to] = _predictedSizes.GetValueOrDefault(to) + 1;
            _predictedByArticle[article] = to;
        }
    }

    public int PredictedStories => _predictedSizes.Count;

    /// <summary>Planted stories of two or more articles (one-off reports left out).</summary>
    public int PlantedStories => _plantedSizes.Values.Count(size => size > 1);

    public int PlantedCopies => _copiesByKind.Values.Sum(c => c.Planted);

    public (double Precision, double Recall, double F1) Stories()
    {
        double precision = 0, recall = 0;
        foreach (var ((predicted, planted), overlap) in _overlaps)
        {
            // Each of the overlap's articles scores overlap / cluster size; summed: overlap² / size.
            precision += (double)overlap * overlap / _predictedSizes[predicted];
            recall += (double)overlap * overlap / _plantedSizes[planted];
        }

        precision /= Math.Max(1, _articles);
        recall /= Math.Max(1, _articles);
        return (precision, recall, F1(precision, recall));
    }

    public (double Precision, double Recall, double F1) Copies()
    {
        var precision = _predictedCopies == 0 ? 0 : (double)_rightCopies / _predictedCopies;
        var recall = PlantedCopies == 0 ? 0 : (double)_copiesByKind.Values.Sum(c => c.Found) / PlantedCopies;
        return (precision, recall, F1(precision, recall));
    }

    /// <summary>
    /// The share of one-off reports (planted stories of one article) placed into a story with other
    /// articles: the main way precision is lost when many stories of the same kind are open.
    /// </summary>
    public double AbsorbedOneOffShare()
    {
        var oneOffs = _plantedSizes.Values.Count(size => size == 1);
        var absorbed = _overlaps.Keys.Count(cell => _plantedSizes[cell.Planted] == 1 && _predictedSizes[cell.Predicted] > 1);
        return oneOffs == 0 ? 0 : (double)absorbed / oneOffs;
    }

    /// <summary>Recall of each kind of planted copy.</summary>
    public IReadOnlyDictionary<CopyKind, double> CopyRecallByKind() =>
        _copiesByKind.OrderBy(p => p.Key).ToDictionary(p => p.Key, p => (double)p.Value.Found / p.Value.Planted);

    private static void Decrement<TKey>(Dictionary<TKey, int> counts, TKey key)
        where TKey : notnull
    {
        if (--counts[key] == 0)
        {
            counts.Remove(key);
        }
    }

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
