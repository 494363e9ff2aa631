import { cloneElement, type JSX } from 'react';
import type { ItemValue, MatrixRowModel, MatrixColumn, Model, QuestionMatrixModel } from 'survey-core';
import { ReactElementFactory, ReactQuestionFactory, SurveyQuestionMatrix, SurveyQuestionMatrixCell, SurveyQuestionMatrixRow } from 'survey-react-ui';

/*
 * The guide's typology inside its matrix: rows carry `categorie` and `sousCategorie` codes,
 * the matrix names them (`categories`, `sousCategories`: surveys/custom-properties.ts). The
 * matrix is drawn by survey-react-ui's own row and cell components, with a heading row
 * before each category and sub-category, and each radio labelled with its place in the
 * typology. The question's code, rows and answers are those of the JSON, untouched.
 */

type TypologyMatrixModel = QuestionMatrixModel & { categories?: ItemValue[]; sousCategories?: ItemValue[] };
type TypologyItem = ItemValue & { categorie?: string; sousCategorie?: string };

const CELL = 'typology-matrix-cell';

const nameOf = (items: ItemValue[] | undefined, code: string | undefined) => items?.find((i) => i.value === code)?.text ?? code ?? '';

/** Where a row sits in the typology, in words: "Promotion du territoire — Dispositifs de mise en visibilité localement". */
function placeOf(question: TypologyMatrixModel, row: MatrixRowModel): { category: string; subCategory: string } {
  const item = row.item as TypologyItem;
  return { category: nameOf(question.categories, item.categorie), subCategory: nameOf(question.sousCategories, item.sousCategorie) };
}

/** A matrix whose rows are placed in a typology the matrix names. */
function isTypology(question: QuestionMatrixModel): question is TypologyMatrixModel {
  const q = question as TypologyMatrixModel;
  return Boolean(q.categories?.length) && q.rows.some((r) => (r as TypologyItem).categorie);
}

class TypologyMatrixCell extends SurveyQuestionMatrixCell {
  protected override renderInput(inputId: string, isChecked: boolean): JSX.Element {
    const { question, row, column } = this.props as { question: TypologyMatrixModel; row: MatrixRowModel; column: MatrixColumn };
    const { category, subCategory } = placeOf(question, row);
    const label = question.getCellAriaLabel(row, column, `${category} — ${subCategory}\u202f: ${row.text}`);
    return cloneElement(super.renderInput(inputId, isChecked), { 'aria-label': label });
  }
}

class TypologyMatrix extends SurveyQuestionMatrix {
  protected override renderElement(): JSX.Element {
    const question = this.question;
    if (!isTypology(question)) return super.renderElement();
    const columns = question.visibleColumns;
    const span = columns.length + 1;
    const widthStyle = question.columnMinWidth ? { minWidth: question.columnMinWidth, width: question.columnMinWidth } : undefined;
    const body: JSX.Element[] = [];
    let category: string | undefined;
    let subCategory: string | undefined;
    question.visibleRows.forEach((row, i) => {
      const item = row.item as TypologyItem;
      const place = placeOf(question, row);
      if (item.categorie !== category) {
        category = item.categorie;
        subCategory = undefined;
        body.push(
          <tr key={`categorie-${category}`} className="typology-heading typology-heading--category">
            <th colSpan={span}>
              <h4>{place.category}</h4>
            </th>
          </tr>,
        );
      }
      if (item.sousCategorie !== subCategory) {
        subCategory = item.sousCategorie;
        body.push(
          <tr key={`sous-categorie-${category}-${subCategory}`} className="typology-heading typology-heading--sub">
            <th colSpan={span}>
              <h5>{place.subCategory}</h5>
            </th>
          </tr>,
        );
      }
      body.push(<SurveyQuestionMatrixRow key={row.uniqueId} question={question} cssClasses={question.cssClasses} row={row} isFirst={i === 0} />);
    });
    return (
      <div className={question.getTableWrapperCss()} ref={(root) => this.setControl(root)}>
        <fieldset role="radiogroup">
          <legend className="sv-visuallyhidden">{question.locTitle.renderedHtml}</legend>
          <table className={question.getTableCss()} role="presentation">
            {question.showHeader && (
              <thead role="presentation">
                <tr>
                  <td />
                  {columns.map((column) => (
                    <th key={column.uniqueId} className={question.cssClasses.headerCell} style={widthStyle}>
                      {this.wrapCell({ column }, this.renderLocString(column.locText), 'column-header')}
                    </th>
                  ))}
                </tr>
              </thead>
            )}
            <tbody>{body}</tbody>
          </table>
        </fieldset>
      </div>
    );
  }
}

ReactElementFactory.Instance.registerElement(CELL, (props) => <TypologyMatrixCell {...props} />);
// survey-react-ui hands its question components their props, though its typings name a string.
ReactQuestionFactory.Instance.registerQuestion('matrix', (props: unknown) => <TypologyMatrix {...(props as object)} />);

/** Draws the model's typology matrices with their headings and labelled radios. */
export function showTypology(model: Model): void {
  for (const q of model.getAllQuestions()) {
    if (q.getType() === 'matrix' && isTypology(q as QuestionMatrixModel)) (q as QuestionMatrixModel).cellComponent = CELL;
  }
}
