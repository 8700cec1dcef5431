namespace CccdPlatform.Biometrics.Matching;

/// <summary>
/// Template id to gallery slot by open addressing over slot numbers alone: the ids stay in the gallery's chunks, so
/// the index costs 8 to 16 bytes per template where a Dictionary&lt;Guid, int&gt; costs 32 to 64, a tenth of an int8
/// gallery. Not thread-safe: the matcher calls it under its write lock.
/// </summary>
internal sealed class SlotIndex(Func<int, Guid> idOf)
{
    private const int Empty = -1;
    private const int InitialLength = 16;

    private int[] _table = NewTable(InitialLength);
    private int _count;

    /// <summary>The slot of the template, or -1 when it is not in the gallery.</summary>
    public int Find(Guid templateId) => _table[Position(_table, templateId)];

    /// <summary>Records the slot of a template that is not in the index yet.</summary>
    public void Add(Guid templateId, int slot)
    {
        if (2 * (_count + 1) > _table.Length)
        {
            var larger = NewTable(2 * _table.Length);
            foreach (var existing in _table.Where(s => s != Empty))
            {
                larger[Position(larger, idOf(existing))] = existing;
            }

            _table = larger;
        }

        _table[Position(_table, templateId)] = slot;
        _count++;
    }

    public void Clear()
    {
        _table = NewTable(InitialLength);
        _count = 0;
    }

    // Where the id is, or the empty place where it would go; the table is never more than half full.
    private int Position(int[] table, Guid templateId)
    {
        var mask = table.Length - 1;
        for (var position = templateId.GetHashCode() & mask; ; position = (position + 1) & mask)
        {
            if (table[position] == Empty || idOf(table[position]) == templateId)
            {
                return position;
            }
        }
    }

    private static int[] NewTable(int length)
    {
        var table = new int[length];
        Array.Fill(table, Empty);
        return table;
    }
}
