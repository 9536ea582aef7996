using Parallax.Clustering;

namespace Parallax.Core.Tests.Clustering;

public class PostingListTests
{
    [Fact]
    public void Add_BoundReached_DropsTheOldestAndKeepsOrder()
    {
        var postings = new PostingList();
        for (var cluster = 0; cluster < 20; cluster++)
        {
            postings.Add(cluster, 5);
        }

        Assert.Equal([15, 16, 17, 18, 19], Items(postings));
    }

    [Fact]
    public void Remove_FromTheMiddleOfAWrappedRing_KeepsTheOthersInOrder()
    {
        var postings = new PostingList();
        for (var cluster = 0; cluster < 11; cluster++)
        {
            postings.Add(cluster, 6);
        }

        Assert.True(postings.Remove(7));
        Assert.False(postings.Remove(2));
        postings.Add(11, 6);

        Assert.Equal([5, 6, 8, 9, 10, 11], Items(postings));
    }

    [Fact]
    public void Add_Unbounded_GrowsPastItsFirstCapacity()
    {
        var postings = new PostingList();
        postings.Add(-1, 3);
        postings.Remove(-1);
        for (var cluster = 0; cluster < 100; cluster++)
        {
            postings.Add(cluster, null);
        }

        Assert.Equal(Enumerable.Range(0, 100), Items(postings));
    }

    private static List<int> Items(PostingList postings) => [.. Enumerable.Range(0, postings.Count).Select(i => postings[i])];
}
