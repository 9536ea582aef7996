namespace Parallax.Entities.Ner;

/// <summary>
/// How <see cref="NerTrainer"/> trains. The defaults are what the shipped model was trained with.
/// </summary>
public sealed record NerTrainingOptions
{
    /// <summary>Passes over the training data; the epoch scoring best on the development data is kept.</summary>
    public int Epochs { get; init; } = 15;

    /// <summary>The weight table has 2^RowBits rows of 9 tag weights.</summary>
    public int RowBits { get; init; } = 20;

    /// <summary>
    /// Gazetteer features of each training fold come from names in the other folds, so the model
    /// learns how far a listed name can be trusted on text it has not seen.
    /// </summary>
    public int GazetteerFolds { get; init; } = 4;

    /// <summary>Seeds the sentence shuffling, so training is reproducible.</summary>
    public int Seed { get; init; } = 13;
}
