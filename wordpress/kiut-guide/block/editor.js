/**
 * The "kiut guide" block in the editor: plain JavaScript on WordPress's own globals, no build
 * step. The editor shows a summary and the settings; the guide itself renders on the page,
 * from the same PHP as the shortcode. The guide's script is not loaded in the editor, so its
 * quick exit (Shift pressed three times) can never take an author away from unsaved work.
 *
 * The choices (languages, layouts, sections, needs…) come from the block's attribute schema,
 * which the plugin fills from the element's own lists on the server.
 */
(function (blocks, element, blockEditor, components, i18n) {
  'use strict';
  var el = element.createElement;
  var __ = i18n.__;
  var name = 'kiut/guide';

  /** A language's name in itself ("magyar", "English"), from the browser. */
  function languageName(code) {
    try {
      return new Intl.DisplayNames([code], {type: 'language'}).of(code) || code;
    } catch {
      return code;
    }
  }

  function schema(attribute) {
    var type = blocks.getBlockType(name);
    var spec = type && type.attributes[attribute];
    if (!spec) {
      return [];
    }
    var values = spec.items ? spec.items.enum : spec.enum;
    return (values || []).filter(function (value) {
      return value !== '';
    });
  }

  function choice(props, attribute, label, describe, first) {
    return el(components.SelectControl, {
      label: label,
      value: props.attributes[attribute],
      options: [{value: '', label: first}].concat(
        schema(attribute).map(function (value) {
          return {value: value, label: describe(value)};
        }),
      ),
      onChange: function (value) {
        var change = {};
        change[attribute] = value;
        props.setAttributes(change);
      },
    });
  }

  function checkboxes(props, attribute, legend, help) {
    var chosen = props.attributes[attribute] || [];
    return el(
      'fieldset',
      {className: 'kiut-guide-checkboxes'},
      el('legend', null, legend),
      el('p', {className: 'components-base-control__help'}, help),
      schema(attribute).map(function (id) {
        return el(components.CheckboxControl, {
          key: id,
          label: id,
          checked: chosen.indexOf(id) !== -1,
          onChange: function (on) {
            var next = schema(attribute).filter(function (other) {
              return other === id ? on : chosen.indexOf(other) !== -1;
            });
            var change = {};
            change[attribute] = next;
            props.setAttributes(change);
          },
        });
      }),
    );
  }

  function toggle(props, attribute, label, help) {
    return el(components.ToggleControl, {
      label: label,
      help: help,
      checked: !!props.attributes[attribute],
      onChange: function (on) {
        var change = {};
        change[attribute] = on;
        props.setAttributes(change);
      },
    });
  }

  function summary(attributes) {
    var parts = [
      attributes.lang ? languageName(attributes.lang) : __('the language of the page', 'kiut-guide'),
      attributes.layout === 'compact' ? __('hotline card only', 'kiut-guide') : __('the whole guide', 'kiut-guide'),
      attributes.noExit ? __('no quick exit', 'kiut-guide') : __('with quick exit', 'kiut-guide'),
    ];
    return parts.join(' · ');
  }

  function Edit(props) {
    var attributes = props.attributes;
    var same = function (value) {
      return value;
    };
    return el(
      'div',
      blockEditor.useBlockProps(),
      el(
        blockEditor.InspectorControls,
        null,
        el(
          components.PanelBody,
          {title: __('Guide', 'kiut-guide')},
          choice(props, 'lang', __('Language', 'kiut-guide'), languageName, __('The language of the page', 'kiut-guide')),
          choice(props, 'defaultLang', __('Default language', 'kiut-guide'), languageName, __("The site's setting", 'kiut-guide')),
          choice(props, 'layout', __('Layout', 'kiut-guide'), same, __('The whole guide (full)', 'kiut-guide')),
          choice(
            props,
            'headingLevel',
            __('Heading level', 'kiut-guide'),
            function (level) {
              return 'h' + level;
            },
            __('Default (h2)', 'kiut-guide'),
          ),
          checkboxes(props, 'sections', __('Sections', 'kiut-guide'), __('None ticked: every section.', 'kiut-guide')),
          toggle(props, 'languageSwitcher', __('Language switcher', 'kiut-guide')),
          attributes.languageSwitcher
            ? checkboxes(props, 'languages', __('Languages in the switcher', 'kiut-guide'), __("None ticked: the site's setting.", 'kiut-guide'))
            : null,
          toggle(props, 'noFinder', __('No "What do you need?" finder', 'kiut-guide')),
          checkboxes(props, 'need', __('Open on these needs', 'kiut-guide'), __('Optional.', 'kiut-guide')),
          toggle(props, 'rememberInUrl', __('Keep the chosen needs in the page address', 'kiut-guide')),
          toggle(props, 'hideNoTrace', __('Hide "how to leave no trace"', 'kiut-guide')),
        ),
        el(
          components.PanelBody,
          {title: __('Quick exit', 'kiut-guide')},
          toggle(props, 'noExit', __('No quick exit', 'kiut-guide'), __('Only where the page already has one: one per page is enough.', 'kiut-guide')),
          attributes.noExit
            ? null
            : el(components.TextControl, {
                label: __('Exit address', 'kiut-guide'),
                help: __("Empty: the site's setting (Settings → kiut guide). Only http:// or https://.", 'kiut-guide'),
                type: 'url',
                value: attributes.exitUrl,
                onChange: function (value) {
                  props.setAttributes({exitUrl: value});
                },
              }),
          attributes.noExit ? null : choice(props, 'exitPosition', __('Exit button position', 'kiut-guide'), same, __('Default (sticky)', 'kiut-guide')),
        ),
      ),
      el(
        components.Placeholder,
        {
          icon: 'sos',
          label: __('kiut guide', 'kiut-guide'),
          instructions: __('Where to get help: the OKIT 24/7 crisis line, shelters and other services. The guide shows on the published page.', 'kiut-guide'),
        },
        el('p', {className: 'kiut-guide-summary'}, summary(attributes)),
      ),
    );
  }

  blocks.registerBlockType(name, {
    edit: Edit,
    save: function () {
      return null;
    },
  });
})(window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.i18n);
