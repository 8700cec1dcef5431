using System.Numerics.Tensors;
using System.Runtime.InteropServices;

namespace CccdPlatform.Biometrics.Matching;

/// <summary>
/// The built-in matcher: every enrolled face template, L2-normalised so that cosine similarity is a dot product, in
/// fixed-size chunks of 64-byte aligned native memory that a search scans with SIMD on every core. A search reads the
/// whole gallery once, so its speed is the machine's memory bandwidth: a 512-value template is 2 KB in float32 and
/// 516 bytes in int8 (<see cref="FaceGalleryPrecision"/>). Chunks live outside the garbage-collected heap, so a
/// growing gallery neither fragments it nor is ever copied.
/// </summary>
public sealed unsafe class InMemoryFaceMatcher : IFaceMatcher, IDisposable
{
    public const int DefaultChunkCapacity = 16_384;

    // Below this many templates per core, starting another worker costs more than it saves.
    private const int MinTemplatesPerWorker = 4_096;

    private readonly int _chunkCapacity;
    private readonly Lock _writeLock = new();
    private readonly SlotIndex _slots;
    private Chunk[] _chunks = [];
    private int _count;

    public InMemoryFaceMatcher(int dimension, FaceGalleryPrecision precision, int chunkCapacity = DefaultChunkCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimension);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chunkCapacity);
        Dimension = dimension;
        Precision = precision;
        _chunkCapacity = chunkCapacity;
        _slots = new SlotIndex(slot => _chunks[slot / _chunkCapacity].TemplateIds[slot % _chunkCapacity]);
    }

    public int Dimension { get; }

    public FaceGalleryPrecision Precision { get; }

    public int Count => Volatile.Read(ref _count);

    /// <summary>Native memory held by the face vectors.</summary>
    public long VectorBytes => (long)Volatile.Read(ref _chunks).Length * _chunkCapacity * BytesPerTemplate(Dimension, Precision);

    // An int8 template is its row of bytes and its scale.
    private static int BytesPerTemplate(int dimension, FaceGalleryPrecision precision) =>
        precision == FaceGalleryPrecision.Int8 ? dimension + sizeof(float) : dimension * sizeof(float);

    /// <summary>Adds a template to the gallery; false when it was there already.</summary>
    public bool Enrol(Guid templateId, Guid subjectId, ReadOnlySpan<float> template)
    {
        var normalised = Normalised(template);
        lock (_writeLock)
        {
            if (_slots.Find(templateId) >= 0)
            {
                return false;
            }

            var slot = _count;
            var chunks = _chunks;
            if (slot / _chunkCapacity == chunks.Length)
            {
                chunks = [.. chunks, new Chunk(_chunkCapacity, Dimension, Precision)];
                Volatile.Write(ref _chunks, chunks);
            }

            var chunk = chunks[slot / _chunkCapacity];
            var index = slot % _chunkCapacity;
            chunk.Store(index, normalised);
            chunk.TemplateIds[index] = templateId;
            chunk.SubjectIds[index] = subjectId;
            _slots.Add(templateId, slot);

            // Searches read the count first: a slot becomes visible only once it is complete.
            Volatile.Write(ref _count, slot + 1);
            return true;
        }
    }

    public IReadOnlyList<FaceCandidate> Search(
        ReadOnlySpan<float> probe, Guid excludedSubjectId, double threshold, int maxCandidates)
    {
        var query = new Query(Normalised(probe), Precision == FaceGalleryPrecision.Int8);
        var count = Count;
        var chunks = Volatile.Read(ref _chunks);
        var workers = Math.Clamp(count / MinTemplatesPerWorker, 1, Environment.ProcessorCount);
        var found = new List<FaceCandidate>[workers];
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
        {
            var from = (int)((long)count * worker / workers);
            var to = (int)((long)count * (worker + 1) / workers);
            found[worker] = Scan(chunks, query, from, to, excludedSubjectId, (float)threshold);
        });

        return found.SelectMany(hits => hits)
            .OrderByDescending(c => c.Similarity)
            .Take(maxCandidates)
            .ToList();
    }

    public double? Verify(ReadOnlySpan<float> probe, Guid templateId)
    {
        int slot;
        lock (_writeLock)
        {
            slot = _slots.Find(templateId);
        }

        if (slot < 0)
        {
            return null;
        }

        var chunk = Volatile.Read(ref _chunks)[slot / _chunkCapacity];
        var query = new Query(Normalised(probe), Precision == FaceGalleryPrecision.Int8);
        return Similarity(chunk.Score(slot % _chunkCapacity, query).Estimate);
    }

    ValueTask IFaceMatcher.EnrolAsync(
        Guid templateId, Guid subjectId, ReadOnlyMemory<float> template, CancellationToken cancellationToken)
    {
        Enrol(templateId, subjectId, template.Span);
        return ValueTask.CompletedTask;
    }

    ValueTask<IReadOnlyList<FaceCandidate>> IFaceMatcher.SearchAsync(
        ReadOnlyMemory<float> probe, Guid excludedSubjectId, double threshold, int maxCandidates,
        CancellationToken cancellationToken) =>
        ValueTask.FromResult(Search(probe.Span, excludedSubjectId, threshold, maxCandidates));

    ValueTask<double?> IFaceMatcher.VerifyAsync(ReadOnlyMemory<float> probe, Guid templateId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Verify(probe.Span, templateId));

    public void Dispose()
    {
        lock (_writeLock)
        {
            foreach (var chunk in _chunks)
            {
                chunk.Free();
            }

            _chunks = [];
            _count = 0;
            _slots.Clear();
        }
    }

    private List<FaceCandidate> Scan(Chunk[] chunks, Query query, int from, int to, Guid excludedSubjectId, float threshold)
    {
        var hits = new List<FaceCandidate>();
        for (var slot = from; slot < to;)
        {
            var chunk = chunks[slot / _chunkCapacity];
            var start = slot % _chunkCapacity;
            var end = Math.Min(_chunkCapacity, start + (to - slot));
            for (var i = start; i < end; i++)
            {
                var (estimate, error) = chunk.Score(i, query);
                if (estimate + error >= threshold && chunk.SubjectIds[i] != excludedSubjectId)
                {
                    hits.Add(new FaceCandidate(chunk.TemplateIds[i], Similarity(estimate)));
                }
            }

            slot += end - start;
        }

        return hits;
    }

    private float[] Normalised(ReadOnlySpan<float> template)
    {
        if (template.Length != Dimension)
        {
            throw new ArgumentException($"A face template has {Dimension} values, not {template.Length}.", nameof(template));
        }

        var norm = TensorPrimitives.Norm(template);
        if (!float.IsFinite(norm) || norm == 0)
        {
            throw new ArgumentException("A face template must be finite and not all zeros.", nameof(template));
        }

        var normalised = new float[Dimension];
        TensorPrimitives.Divide(template, norm, normalised);
        return normalised;
    }

    // Rounding can push the dot product of two unit vectors a hair past 1.
    private static double Similarity(float dot) => Math.Clamp(dot, -1f, 1f);

    /// <summary>The normalised probe, and its quantised form when the gallery is int8.</summary>
    private sealed class Query(float[] normalised, bool int8)
    {
        public float[] Values { get; } = normalised;

        public Int8Probe? Int8 { get; } = int8 ? Int8Templates.Probe(normalised) : null;
    }

    private sealed class Chunk(int capacity, int dimension, FaceGalleryPrecision precision)
    {
        private readonly int _rowBytes = precision == FaceGalleryPrecision.Int8 ? dimension : dimension * sizeof(float);
        private byte* _vectors = (byte*)NativeMemory.AlignedAlloc((nuint)capacity * (nuint)BytesPerTemplate(dimension, precision), 64);

        public Guid[] TemplateIds { get; } = new Guid[capacity];

        public Guid[] SubjectIds { get; } = new Guid[capacity];

        // After the rows, in the same block; only int8 chunks have them.
        private Span<float> Scales => new(_vectors + (long)capacity * _rowBytes, capacity);

        public void Store(int index, ReadOnlySpan<float> normalised)
        {
            if (precision == FaceGalleryPrecision.Int8)
            {
                Scales[index] = Int8Templates.Quantise(normalised, new Span<sbyte>(Row(index), dimension));
            }
            else
            {
                normalised.CopyTo(new Span<float>(Row(index), dimension));
            }
        }

        /// <summary>The similarity to the probe, and how far above that the exact one may be (0 for float32).</summary>
        public (float Estimate, float Error) Score(int index, Query query)
        {
            if (query.Int8 is not { } probe)
            {
                // TensorPrimitives.Dot is as fast as a hand-unrolled Vector512 kernel here (bench/biometrics).
                return (TensorPrimitives.Dot(new ReadOnlySpan<float>(Row(index), dimension), query.Values), 0);
            }

            fixed (short* values = probe.Values)
            {
                var scale = Scales[index];
                var estimate = scale * probe.Scale * Int8Templates.Dot((sbyte*)Row(index), values, dimension);
                return (estimate, scale * probe.ErrorPerTemplateScale + Int8Templates.RoundingSlack);
            }
        }

        private void* Row(int index) => _vectors + (long)index * _rowBytes;

        public void Free()
        {
            NativeMemory.AlignedFree(_vectors);
            _vectors = null;
        }
    }
}
