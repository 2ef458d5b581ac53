using Exceed.Core.Customers;

namespace Exceed.Core.Import;

/// <summary>One row read as a customer input, with the cell each input field came from so errors can name it.</summary>
public sealed record CustomerRow(int Line, CustomerInput Input, IReadOnlyList<RowError> Errors, IReadOnlyDictionary<string, CellOrigin> Origins);

/// <summary>The column, the field's label and the text of the cell a value was read from.</summary>
public sealed record CellOrigin(string Column, ImportField Field, string Text);
