/**
 * Declarations as the officer works on them: open/list/show/tree/delete, header/funding/expense edits,
 * history/undo/redo/diff/revert, the open-declaration workspace, the revision store (DeclarationRepository) and
 * the JSON body of a revision. May use shell, store and json.
 */
package cn.jixiao.declaration;
