using Parallax.Clustering;

namespace Parallax.Core.Tests.Clustering;

public class CentroidRefinementTests
{
    private static TermVector Unit(params (string Term, double Weight)[] weights) => UnitVectors.Of(weights);

    [Fact]
    public void Refine_ArticlePlacedInOtherEventsStory_MovesToItsOwnEvent()
    {
        // Two reports of event A, two of event B; the single pass put the second A report with B.
        TermVector[] vectors = [Unit(("quake", 1), ("veloria", 2)), Unit(("quake", 1), ("harbor", 2)), Unit(("quake", 1), ("harbor", 2), ("tide", 1)), Unit(("quake", 1), ("veloria", 2), ("bridge", 1))];

        var refined = CentroidRefinement.Refine(vectors, [null, null, null, null], [0, 1, 1, 1], 0.6, 10, 7, 3);

        Assert.Equal(refined[0], refined[3]);
        Assert.Equal(refined[1], refined[2]);
        Assert.NotEqual(refined[0], refined[1]);
    }

    [Fact]
    public void Refine_ArticleLikeNoStory_FoundsItsOwn()
    {
        TermVector[] vectors = [Unit(("quake", 1), ("veloria", 2)), Unit(("quake", 1), ("veloria", 2)), Unit(("summit", 1), ("talks", 2))];

        var refined = CentroidRefinement.Refine(vectors, [null, null, null], [0, 0, 0], 0.5, 10, 7, 3);

        Assert.Equal(refined[0], refined[1]);
        Assert.NotEqual(refined[0], refined[2]);
    }

    [Fact]
    public void Refine_StoryOutsideDateWindow_IsNotJoined()
    {
        TermVector[] vectors = [Unit(("quake", 1), ("veloria", 2)), Unit(("quake", 1), ("veloria", 2), ("bridge", 1)), Unit(("quake", 1), ("veloria", 2))];
        var monday = new DateOnly(2031, 3, 10);

        var refined = CentroidRefinement.Refine(vectors, [monday, monday, monday.AddDays(40)], [0, 0, 1], 0.5, 10, 7, 3);

        Assert.NotEqual(refined[0], refined[2]);
    }

    [Fact]
    public void Refine_ZeroRounds_KeepsTheSinglePass() =>
        Assert.Equal([0, 1], CentroidRefinement.Refine([Unit(("a", 1)), Unit(("a", 1))], [null, null], [0, 1], 0.5, 10, 7, 0));
}
