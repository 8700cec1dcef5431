namespace CccdPlatform.Cli.Synthetic;

/// <summary>Picks values in proportion to their weights.</summary>
public sealed class Weighted<T>
{
    private readonly T[] _values;
    private readonly double[] _cumulative;

    public Weighted(params (T Value, double Weight)[] choices)
    {
        _values = choices.Select(c => c.Value).ToArray();
        _cumulative = new double[choices.Length];
        var total = 0.0;
        for (var i = 0; i < choices.Length; i++)
        {
            total += choices[i].Weight;
            _cumulative[i] = total;
        }
    }

    public T Pick(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble() * _cumulative[^1]);
        return _values[index < 0 ? Math.Min(~index, _values.Length - 1) : index];
    }
}
