using Parallax.Cli.Evaluation.Extraction;

namespace Parallax.Cli.Tests.Evaluation.Extraction;

public sealed class ShingleScorerTests
{
    [Fact]
    public void Tokenize_LikePythonWordRegex_KeepsUnderscoreAndDigitsSplitsPunctuation() =>
        Assert.Equal(["snake_case", "v2", "don", "t", "Città", "²"], ShingleScorer.Tokenize("snake_case, v2 don't Città ²!"));

    [Fact]
    public void Match_IdenticalTexts_AreAllTruePositives() =>
        Assert.Equal(new ShingleMatch(1, 0, 0), ShingleScorer.Match("one two three four five", "one two three four five"));

    [Fact]
    public void Match_ExtraTrailingWord_CountsOneFalsePositiveShingle()
    {
        // Gold has shingles (1234), (2345); the prediction adds (3456): tp 2, fp 1, normalized over 3.
        var match = ShingleScorer.Match("a b c d e", "a b c d e f");

        Assert.Equal(2 / 3.0, match.TruePositive, 9);
        Assert.Equal(1 / 3.0, match.FalsePositive, 9);
        Assert.Equal(0, match.FalseNegative);
    }

    [Fact]
    public void Score_EmptyPrediction_HasNoPrecisionTermButZeroRecall()
    {
        var score = ShingleScorer.Score([ShingleScorer.Match("a b c d", "a b c d"), ShingleScorer.Match("a b c d", string.Empty)], [true, false]);

        // evaluate.py averages precision only over pages with predicted shingles.
        Assert.Equal(1, score.Precision);
        Assert.Equal(0.5, score.Recall);
        Assert.Equal(2 * 0.5 / 1.5, score.F1, 9);
        Assert.Equal(0.5, score.Accuracy);
    }

    [Fact]
    public void ExactMatch_DifferentWhitespaceAndPunctuation_StillMatches() =>
        Assert.True(ShingleScorer.ExactMatch("Hello,  world.\n\nBye", "Hello world Bye"));
}
