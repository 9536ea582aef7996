namespace Parallax.Entities.Ner;

/// <summary>
/// Perceptron weights with cheap averaging: besides the current weights it keeps, per weight, the
/// sum of step × update, so the average over all steps is current − sum / steps, computed once at
/// the end instead of after every sentence.
/// </summary>
internal sealed class PerceptronWeights
{
    private readonly double[] _stepWeighted;
    private readonly double[] _transitionStepWeighted;
    private long _step = 1;

    public PerceptronWeights(int weightCount, int transitionCount)
    {
        Current = new float[weightCount];
        _stepWeighted = new double[weightCount];
        CurrentTransitions = new float[transitionCount];
        _transitionStepWeighted = new double[transitionCount];
    }

    public float[] Current { get; }

    public float[] CurrentTransitions { get; }

    public void Add(int index, float delta)
    {
        Current[index] += delta;
        _stepWeighted[index] += _step * (double)delta;
    }

    public void AddTransition(int index, float delta)
    {
        CurrentTransitions[index] += delta;
        _transitionStepWeighted[index] += _step * (double)delta;
    }

    public void Tick() => _step++;

    public (float[] Weights, float[] Transitions) Averaged() =>
        (Average(Current, _stepWeighted), Average(CurrentTransitions, _transitionStepWeighted));

    private float[] Average(float[] current, double[] stepWeighted)
    {
        var averaged = new float[current.Length];
        for (var i = 0; i < current.Length; i++)
        {
            averaged[i] = (float)(current[i] - (stepWeighted[i] / _step));
        }

        return averaged;
    }
}
