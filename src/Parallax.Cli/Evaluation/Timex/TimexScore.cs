namespace Parallax.Cli.Evaluation.Timex;

/// <summary>
/// Counts from scoring system timexes against gold ones, summed over documents, and the
/// TempEval-3 figures derived from them. Attribute figures are over relaxed matches: type
/// accuracy is correct types per relaxed match; value precision is correct values per system
/// timex and value recall correct values per gold timex (TempEval-3's attribute F1).
/// </summary>
internal readonly record struct TimexScore(int Gold, int System, int Strict, int Relaxed, int TypeCorrect, int ValueCorrect)
{
    public double StrictPrecision => Ratio(Strict, System);

    public double StrictRecall => Ratio(Strict, Gold);

    public double StrictF1 => F1(StrictPrecision, StrictRecall);

    public double RelaxedPrecision => Ratio(Relaxed, System);

    public double RelaxedRecall => Ratio(Relaxed, Gold);

    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);

    public double TypeAccuracy => Ratio(TypeCorrect, Relaxed);

    public double TypeF1 => F1(Ratio(TypeCorrect, System), Ratio(TypeCorrect, Gold));

    public double ValueAccuracy => Ratio(ValueCorrect, Relaxed);

    public double ValuePrecision => Ratio(ValueCorrect, System);

    public double ValueRecall => Ratio(ValueCorrect, Gold);

    public double ValueF1 => F1(ValuePrecision, ValueRecall);

    public static TimexScore operator +(TimexScore a, TimexScore b) => new(
        a.Gold + b.Gold, a.System + b.System, a.Strict + b.Strict, a.Relaxed + b.Relaxed, a.TypeCorrect + b.TypeCorrect, a.ValueCorrect + b.ValueCorrect);

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
