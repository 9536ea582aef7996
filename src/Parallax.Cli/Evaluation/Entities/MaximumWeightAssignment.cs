namespace Parallax.Cli.Evaluation.Entities;

/// <summary>
/// The Hungarian algorithm (Kuhn–Munkres, with potentials, O(n²m)): the largest total weight of a
/// one-to-one assignment of rows to columns. Rectangular matrices are handled by transposing so
/// that rows never outnumber columns; unassigned rows or columns add nothing.
/// </summary>
internal static class MaximumWeightAssignment
{
    public static double Solve(double[,] weights)
    {
        var rows = weights.GetLength(0);
        var columns = weights.GetLength(1);
        if (rows == 0 || columns == 0)
        {
            return 0;
        }

        var transpose = rows > columns;
        var n = transpose ? columns : rows;
        var m = transpose ? rows : columns;
        double Cost(int i, int j) => -(transpose ? weights[j, i] : weights[i, j]);

        // 1-based arrays as in the textbook formulation; column 0 is the virtual start.
        var u = new double[n + 1];
        var v = new double[m + 1];
        var match = new int[m + 1];
        var way = new int[m + 1];
        for (var i = 1; i <= n; i++)
        {
            match[0] = i;
            var j0 = 0;
            var minimum = Enumerable.Repeat(double.PositiveInfinity, m + 1).ToArray();
            var used = new bool[m + 1];
            do
            {
                used[j0] = true;
                int i0 = match[j0], j1 = 0;
                var delta = double.PositiveInfinity;
                for (var j = 1; j <= m; j++)
                {
                    if (used[j])
                    {
                        continue;
                    }

                    var reduced = Cost(i0 - 1, j - 1) - u[i0] - v[j];
                    if (reduced < minimum[j])
                    {
                        minimum[j] = reduced;
                        way[j] = j0;
                    }

                    if (minimum[j] < delta)
                    {
                        delta = minimum[j];
                        j1 = j;
                    }
                }

                for (var j = 0; j <= m; j++)
                {
                    if (used[j])
                    {
                        u[match[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                    {
                        minimum[j] -= delta;
                    }
                }

                j0 = j1;
            }
            while (match[j0] != 0);

            do
            {
                var j1 = way[j0];
                match[j0] = match[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }

        var total = 0.0;
        for (var j = 1; j <= m; j++)
        {
            if (match[j] != 0)
            {
                total -= Cost(match[j] - 1, j - 1);
            }
        }

        return total;
    }
}
