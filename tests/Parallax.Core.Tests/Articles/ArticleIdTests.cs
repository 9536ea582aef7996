using Parallax.Articles;

namespace Parallax.Core.Tests.Articles;

public sealed class ArticleIdTests
{
    [Fact]
    public void FromText_DifferentSpacingAndCase_SameId() =>
        Assert.Equal(ArticleId.FromText("The river rose.\r\n\r\nFarms flooded."), ArticleId.FromText("the river  rose.\nfarms flooded.  "));

    [Fact]
    public void FromText_DifferentWords_DifferentIds() =>
        Assert.NotEqual(ArticleId.FromText("The river rose."), ArticleId.FromText("The river fell."));

    [Fact]
    public void FromText_Id_IsSixteenHexDigits() =>
        Assert.Matches("^[0-9a-f]{16}$", ArticleId.FromText("anything"));
}
