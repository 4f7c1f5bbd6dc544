import { errorMessage } from '../../src/taskpane/pane-message';

const officeError = (code: string, message = 'RichApi.Error: internal details') => Object.assign(new Error(message), { code });

describe('what the pane says when Excel refuses', () => {
  it('names what could not be done', () => {
    expect(errorMessage(new Error('x'), 'write the RAG columns').title).toBe('The add-in could not write the RAG columns.');
  });

  it.each([
    ['EditModeCannotAcquireLock', /Finish editing the cell \(press Enter or Esc\), then try again\./],
    ['InvalidOperationInCellEditMode', /Finish editing the cell/],
    ['InvalidReference', /Select a cell in the table, choose "Use selected table", then try again\./],
    ['ItemNotFound', /renamed or deleted/],
    ['AccessDenied', /protected or read-only/],
  ])('Office error %s gets advice of its own', (code, advice) => {
    expect(errorMessage(officeError(code), 'apply').text).toMatch(advice);
  });

  it.each([
    ['an unknown Office code', officeError('GeneralException')],
    ['a programming error', new TypeError("Cannot read properties of undefined (reading 'values')")],
    ['something that is not an Error', 'boom'],
  ])('%s gets a general sentence, never its own text', (_, error) => {
    const message = errorMessage(error, 'apply');
    expect(message.text).toBe('Check that the workbook is open for editing and try again. If it happens again, close and reopen the task pane.');
    expect(JSON.stringify(message)).not.toMatch(/RichApi|Cannot read|boom/);
  });
});
