using System.IO.Compression;

namespace Parallax.Entities.Ner;

/// <summary>
/// A trained named-entity model: a hashed weight table (2^RowBits rows × 9 tags), tag transition
/// scores, and the gazetteer and word clusters its features consult. <see cref="Save"/> writes it
/// GZip-compressed with weights quantized to 16 bits (as they are held in memory); <see cref="Load"/> reads it back from any
/// stream the caller opens (Core does no I/O of its own).
/// </summary>
public sealed class NerModel
{
    private const string Magic = "PLXNER";
    private const int FormatVersion = 1;

    internal NerModel(int rowBits, float[] weights, float[] transitions, Gazetteer gazetteer, WordClusters clusters)
        : this(rowBits, Quantize(weights, out var scale), scale, transitions, gazetteer, clusters)
    {
    }

    private NerModel(int rowBits, short[] weights, float scale, float[] transitions, Gazetteer gazetteer, WordClusters clusters)
    {
        RowBits = rowBits;
        Weights = weights;
        WeightScale = scale;
        Transitions = transitions;
        Gazetteer = gazetteer;
        Clusters = clusters;
    }

    internal int RowBits { get; }

    /// <summary>
    /// Row-major: the weight of feature row r for tag t is Weights[r × 9 + t] × <see cref="WeightScale"/>.
    /// Kept as 16-bit integers in memory too: half the cache misses and memory of floats, and the
    /// tagger sums them exactly as integers.
    /// </summary>
    internal short[] Weights { get; }

    internal float WeightScale { get; }

    /// <summary>10 × 9: previous tag (row 9 = sentence start) to tag.</summary>
    internal float[] Transitions { get; }

    internal Gazetteer Gazetteer { get; }

    internal WordClusters Clusters { get; }

    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(RowBits);
        writer.Write(WeightScale);
        foreach (var weight in Weights)
        {
            writer.Write(weight);
        }

        foreach (var transition in Transitions)
        {
            writer.Write(transition);
        }

        writer.Write(Gazetteer.Count);
        foreach (var (key, types) in Gazetteer.Entries.OrderBy(e => e.Key))
        {
            writer.Write(key);
            writer.Write(types);
        }

        writer.Write(Clusters.Count);
        foreach (var (key, ids) in Clusters.Entries.OrderBy(e => e.Key))
        {
            writer.Write(key);
            writer.Write(ids);
        }
    }

    public static NerModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16));
        try
        {
            if (reader.ReadString() != Magic || reader.ReadInt32() != FormatVersion)
            {
                throw new InvalidDataException("not a Parallax NER model (or a different format version)");
            }

            var rowBits = reader.ReadInt32();
            if (rowBits is < 8 or > 26)
            {
                throw new InvalidDataException($"NER model has an invalid table size 2^{rowBits}");
            }

            var scale = reader.ReadSingle();
            var weights = new short[(1 << rowBits) * NerTags.Count];
            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] = reader.ReadInt16();
            }

            var transitions = new float[(NerTags.Count + 1) * NerTags.Count];
            for (var i = 0; i < transitions.Length; i++)
            {
                transitions[i] = reader.ReadSingle();
            }

            var gazetteer = new Dictionary<ulong, byte>();
            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                gazetteer[reader.ReadUInt64()] = reader.ReadByte();
            }

            var clusters = new Dictionary<ulong, ulong>();
            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                clusters[reader.ReadUInt64()] = reader.ReadUInt64();
            }

            return new NerModel(rowBits, weights, scale, transitions, new Gazetteer(gazetteer), new WordClusters(clusters));
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("NER model is truncated", e);
        }
    }

    private static short[] Quantize(float[] weights, out float scale)
    {
        var max = 0f;
        foreach (var weight in weights)
        {
            max = Math.Max(max, Math.Abs(weight));
        }

        scale = max == 0 ? 1f : max / short.MaxValue;
        var quantized = new short[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            quantized[i] = (short)Math.Round(weights[i] / scale);
        }

        return quantized;
    }
}
