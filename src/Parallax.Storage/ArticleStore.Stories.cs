using Parallax.Clustering;

namespace Parallax.Storage;

/// <summary>Topics, manual story overrides and the current story layout.</summary>
public sealed partial class ArticleStore
{
    /// <summary>Every topic, largest first.</summary>
    public IReadOnlyList<TopicRecord> LoadTopics()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT id, headline, story_count FROM topics ORDER BY story_count DESC, id";
        using var reader = command.ExecuteReader();
        var topics = new List<TopicRecord>();
        while (reader.Read())
        {
            topics.Add(new TopicRecord(reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
        }

        return topics;
    }

    /// <summary>Every manual merge and split, in the order they were made (the order they apply in).</summary>
    public IReadOnlyList<StoredOverride> LoadOverrides() => StoryOverrideTables.Load(_connection);

    /// <summary>Every override, oldest first, checked against the stored stories (as the last clustering left them).</summary>
    public IReadOnlyList<OverrideState> CheckOverrides() => OverrideCheck.Check(LoadOverrides(), LoadLayout());

    /// <summary>A story's article ids in publication order (dated first by date, then by id), empty when there is no such story.</summary>
    public IReadOnlyList<string> LoadStoryArticleIds(string storyId)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT id FROM articles WHERE story_id = $story ORDER BY published IS NULL, published, id";
        command.Parameters.AddWithValue("$story", storyId);
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>Which story and topic every clustered article is in now, to tell what a re-clustering changed.</summary>
    public StoryLayout LoadLayout()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT a.id, a.story_id, s.topic_id FROM articles a LEFT JOIN stories s ON s.id = a.story_id WHERE a.story_id IS NOT NULL";
        using var reader = command.ExecuteReader();
        var places = new Dictionary<string, (string Story, string? Topic)>(StringComparer.Ordinal);
        while (reader.Read())
        {
            places[reader.GetString(0)] = (reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
        }

        return new StoryLayout(places);
    }
}

/// <summary>
/// An override as stored: <see cref="StoryOverride.Sequence"/> is its row id; <see cref="StoryId"/> the story it was made on;
/// <see cref="RecordedAt"/> when it was saved (null until then), from the store's clock.
/// </summary>
public sealed record StoredOverride(StoryOverride Override, string StoryId, DateTimeOffset? RecordedAt = null)
{
    public string Describe() => $"override {Override.Sequence} ({StoryOverrideTables.KindName(Override.Kind)} on {StoryId})";
}
