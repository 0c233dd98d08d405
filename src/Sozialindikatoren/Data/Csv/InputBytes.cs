namespace Sozialindikatoren.Data.Csv;

/// <summary>Reads inputs that are held whole in memory (JSON documents, official tables) under a size limit: the one
/// bounded read of the library, so every such reader refuses a too large input the same way, before it is read
/// when the stream knows its length, else as soon as the limit is passed.</summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
internal static class InputBytes
{
    /// <summary>Reads the rest of a stream.</summary>
    /// <param name="stream">The stream (not closed).</param>
    /// <param name="maxBytes">The limit in bytes (positive).</param>
    /// <param name="tooLarge">The problem to throw: gets the size when the stream knows it, else null.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is not positive.</exception>
    public static byte[] ReadAll(Stream stream, long maxBytes, Func<long?, Exception> tooLarge)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes) throw tooLarge(stream.Length - stream.Position);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > maxBytes) throw tooLarge(null);
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }
}
